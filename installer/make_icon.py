"""Draw the posapp application icon (run once; the PNG/ICO are committed)."""
from PIL import Image, ImageDraw

S = 1024
im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
d = ImageDraw.Draw(im)
d.rounded_rectangle((40, 40, S - 40, S - 40), radius=190, fill=(31, 111, 209, 255))
# receipt paper
d.rounded_rectangle((300, 150, 724, 760), radius=30, fill=(255, 255, 255, 255))
# zig-zag bottom edge
teeth = 8
w = (724 - 300) / teeth
pts = [(300, 740)]
for i in range(teeth):
    pts += [(300 + w * i + w / 2, 800), (300 + w * (i + 1), 740)]
d.polygon(pts + [(724, 700), (300, 700)], fill=(255, 255, 255, 255))
# lines of text on the receipt
for y, x2 in ((230, 640), (300, 600), (370, 650)):
    d.rounded_rectangle((360, y, x2, y + 30), radius=15, fill=(201, 211, 223, 255))
# lightning bolt: prepaid electricity
bolt = [(560, 420), (440, 610), (520, 610), (480, 740), (620, 540), (535, 540), (590, 420)]
d.polygon(bolt, fill=(255, 204, 51, 255), outline=(18, 50, 79, 255))
# counter base
d.rounded_rectangle((180, 800, S - 180, 900), radius=36, fill=(18, 50, 79, 255))
im.resize((256, 256), Image.LANCZOS).save("resources/icons/posapp.png")
ICO_SIZES = [(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
im.save("resources/icons/posapp.ico", sizes=ICO_SIZES)
