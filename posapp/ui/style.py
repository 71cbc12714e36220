"""The counter's look: large, high-contrast, readable from a step back."""

STYLE = """
QWidget { font-size: 15px; color: #1d2430; }
QMainWindow, QWidget#page { background: #f4f6f9; }
QLabel#title { font-size: 26px; font-weight: 600; color: #12324f; }
QLabel#hint { color: #5b6776; font-size: 14px; }
QLabel#error { color: #b3261e; font-size: 16px; font-weight: 600; }
QLabel#ok { color: #1b6e35; font-size: 18px; font-weight: 600; }
QLabel#warn { color: #8a5300; font-size: 18px; font-weight: 600; }
QLabel#token { font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 34px;
               font-weight: 700; color: #0b2540; background: #ffffff;
               border: 2px solid #c9d3df; border-radius: 8px; padding: 8px 16px; }
QLabel#tokenlabel { font-size: 16px; font-weight: 600; color: #37506b; }
QLabel#banner { background: #ffcc33; color: #3b2a00; font-weight: 700; padding: 4px; }
QLabel#field { font-size: 17px; }
QFrame#card { background: #ffffff; border: 1px solid #d4dbe4; border-radius: 10px; }
QLineEdit { font-size: 24px; padding: 8px; border: 2px solid #9fb0c4; border-radius: 6px;
            background: #ffffff; }
QLineEdit:focus { border-color: #1f6fd1; }
QPushButton { font-size: 17px; padding: 10px 18px; border-radius: 6px;
              background: #e3e9f1; border: 1px solid #b6c3d3; }
QPushButton:focus { border: 2px solid #1f6fd1; }
QPushButton#primary { background: #1f6fd1; color: white; font-weight: 600; border: none; }
QPushButton#primary:disabled { background: #8fb2e4; }
QListWidget { font-size: 20px; background: #ffffff; border: 1px solid #d4dbe4; }
QListWidget::item { padding: 14px; }
QListWidget#choices { font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 19px; }
QListWidget::item:selected { background: #1f6fd1; color: white; }
QTableWidget { background: #ffffff; font-size: 14px; }
QStatusBar QLabel { padding: 0 10px; font-size: 14px; }
"""
