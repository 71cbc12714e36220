"""The counter window itself, driven by keys: closing mid-sale, one counter per home, the
sales left unfinished, a status bar that tells the truth, printed feedback that belongs to
its sale, and a window that fits 800x600 (screenshots of every page at 800x600 and
1920x1080 go to $POSAPP_SHOTS when set)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from posapp.domain.money import Money
from posapp.domain.sale import SaleState as S
from posapp.ui import main_window
from posapp.ui.fit import scaled_style, screen_scale
from posapp.ui.instance import AlreadyRunning, hold_window_lock
from posapp.ui.main_window import MainWindow
from posapp.ui.style import STYLE
from tests.test_gui_sale import open_window, type_and_enter

WAIT = 10000


@pytest.fixture
def window(qtbot, counter):
    w = open_window(qtbot, counter)
    yield w
    w.tasks.wait(WAIT)


def sell_by_keys(qtbot, w, meter="54140724110", amount="1000"):
    flow = w.flow
    qtbot.keyClick(w, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, meter)
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    type_and_enter(qtbot, flow.amount.amount, amount)
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)


def the_box(qtbot, w) -> QMessageBox:
    qtbot.waitUntil(lambda: w._confirm is not None and w._confirm.isVisible(), timeout=WAIT)
    w._confirm.activateWindow()  # as the window manager does; its Alt keys need it
    qtbot.waitUntil(w._confirm.isActiveWindow)
    return w._confirm


def slow_pay(counter, sandbox, delay: float) -> None:
    """The provider answers after `delay` s, well inside the read timeout."""
    counter.config.set("efactory.read_timeout", 10.0)
    counter.clients.forget()
    sandbox.set_fault("slow", target="pay", delay=delay)


class LoopWatch:
    """The longest the GUI thread went without running its event loop (a freeze)."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.worst = 0
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now


# -- closing the window mid-sale ---------------------------------------------------------


def test_closing_mid_sale_asks_and_esc_keeps_the_window(qtbot, window, sandbox, counter):
    slow_pay(counter, sandbox, 3.0)
    sell_by_keys(qtbot, window)
    qtbot.waitUntil(lambda: window.flow.amount.bar.isVisible(), timeout=WAIT)
    window.close()
    box = the_box(qtbot, window)
    assert "being sent" in box.text()
    shoot(box, "close-mid-sale-question")
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc (like Enter, the default) keeps it
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT)
    assert window.isVisible() and not window._closing
    window.close()
    box = the_box(qtbot, window)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the default, keep
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT)
    assert window.isVisible() and not window._closing
    qtbot.waitUntil(lambda: window.flow.result.print_state.text() == "Receipt printed.",
                    timeout=WAIT)
    assert window.sale_in_progress() == ""  # paid and printed: closing would not ask


def test_close_anyway_hides_at_once_finishes_the_sale_and_prints(qtbot, counter, sandbox,
                                                                  vprinter):
    """The sale in flight is finished behind the hidden window: its answer journalled, its
    receipt printed; the service stops off the GUI thread, which never freezes."""
    stopped: list[float] = []

    def stop_counter() -> None:
        t = time.monotonic()
        counter.stop()
        stopped.append(time.monotonic() - t)

    counter.start_worker()  # the outbox runs, as in the application
    w = MainWindow(counter, on_close=stop_counter)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    slow_pay(counter, sandbox, 2.0)
    sell_by_keys(qtbot, w)
    qtbot.waitUntil(lambda: w.flow.amount.bar.isVisible(), timeout=WAIT)
    w.close()
    box = the_box(qtbot, w)
    watch = LoopWatch()
    gone: list[bool] = []
    w.gone.connect(lambda: gone.append(True))
    started = time.monotonic()
    qtbot.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "Close anyway"
    assert time.monotonic() - started < 0.5
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=1000)  # hidden at once
    qtbot.waitUntil(lambda: bool(gone), timeout=30000)
    watch.timer.stop()
    [sale] = counter.history()
    assert sale.state == S.PRINTED  # answered while hidden, receipt printed
    [job] = vprinter.wait_for_jobs(1)
    assert sale.tokens[0].grouped() in job.text
    assert stopped, "the service was stopped"
    assert watch.worst < 400, f"the GUI thread froze {watch.worst} ms while closing"
    print(f"close: GUI thread longest gap {watch.worst} ms; Counter.stop took "
          f"{stopped[0]:.2f} s on the closing thread")


def test_closing_when_idle_asks_nothing(qtbot, counter):
    w = MainWindow(counter)
    qtbot.addWidget(w)
    w.show()
    gone: list[bool] = []
    w.gone.connect(lambda: gone.append(True))
    w.close()
    qtbot.waitUntil(lambda: bool(gone), timeout=WAIT)
    assert w._confirm is None


def test_next_start_lists_unfinished_sales_and_prints_what_was_paid(qtbot, counter, sandbox,
                                                                    vprinter):
    paid = counter.sell("efactory.prepaid", "54140724110", Money.parse("1000", "NGN"))
    assert paid.state == S.VENDED  # the window was closed before it printed
    sandbox.set_fault("drop_after_commit")
    doubt = counter.sell("efactory.prepaid", "04223568917", Money.parse("2000", "NGN"))
    assert doubt.state == S.IN_DOUBT
    w = open_window(qtbot, counter)  # the next start
    panel = w.unfinished
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    w.setStyleSheet(scaled_style(STYLE, 0.8))
    w.resize(800, 600)
    qtbot.wait(100)
    assert inside(panel.list, w) and inside(w.scroll, w)  # the sale scrolls under it
    shoot(w, "800x600-unfinished-at-start")
    lines = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(lines) == 2
    assert doubt.receipt_no in lines[0] and "Waiting for the provider" in lines[0]
    assert paid.receipt_no in lines[1] and "Paid" in lines[1]
    assert not any("IN_DOUBT" in x or "VENDED" in x for x in lines)
    [job] = vprinter.wait_for_jobs(1)  # the paid sale's receipt, owed, prints now
    assert paid.tokens[0].grouped() in job.text
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # open it: its token on screen
    flow = w.flow
    assert flow.currentWidget() is flow.result and flow.sale.id == paid.id
    assert [v.replace(" ", "") for _, v in flow.result.token_labels] == [
        paid.tokens[0].digits]
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    qtbot.waitUntil(lambda: counter.sale(paid.id).state == S.PRINTED, timeout=WAIT)
    qtbot.wait(300)
    assert len(vprinter.jobs) == 1  # printed once
    w.tasks.wait(WAIT)


# -- one counter per terminal home ---------------------------------------------------------


def test_a_second_counter_on_the_same_home_is_told(tmp_path):
    code = ("import sys, time; from posapp.ui.instance import hold_window_lock\n"
            f"lock = hold_window_lock({str(tmp_path)!r}); print('held', flush=True)\n"
            "sys.stdin.readline()")
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(AlreadyRunning) as caught:
            hold_window_lock(tmp_path)
        assert f"process {holder.pid}" in caught.value.message
        assert "already open" in caught.value.message
    finally:
        holder.communicate("\n", timeout=10)
    lock = hold_window_lock(tmp_path)  # the first one has gone: the next may start
    lock.unlock()


def test_a_dead_counters_lock_is_taken_over(tmp_path):
    code = (f"from posapp.ui.instance import hold_window_lock\n"
            f"lock = hold_window_lock({str(tmp_path)!r})\nimport os; os._exit(0)")
    subprocess.run([sys.executable, "-c", code], check=True,
                   env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert (tmp_path / "window.lock").exists()  # left behind by a crash
    hold_window_lock(tmp_path).unlock()


# -- the status bar -------------------------------------------------------------------------


def test_status_bar_is_checked_at_start_not_a_question_mark(qtbot, window):
    qtbot.waitUntil(lambda: window.s_online.text() == "Online", timeout=WAIT)
    qtbot.waitUntil(lambda: window.s_printer.text() == "Printer: ready", timeout=WAIT)
    assert "?" not in window.s_online.text() + window.s_printer.text()


def test_a_payment_in_flight_is_sending_not_in_doubt(qtbot, window, sandbox, counter):
    slow_pay(counter, sandbox, 2.5)
    sell_by_keys(qtbot, window)
    qtbot.waitUntil(lambda: window.s_sending.isVisible(), timeout=WAIT)
    assert window.s_sending.text() == "Sending: 1"
    assert not window.s_doubt.isVisible()
    assert counter.status().in_doubt == 0 and counter.status().sending == 1
    qtbot.waitUntil(lambda: window.flow.currentWidget() is window.flow.result, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.s_sending.isVisible(), timeout=WAIT)


def test_refunds_due_are_counted_and_states_are_words(qtbot, window, sandbox, counter):
    sandbox.set_fault("code", target="pay", code="01")  # declined: the cash goes back
    sale = counter.sell("efactory.prepaid", "54140724110", Money.parse("1000", "NGN"))
    assert sale.state == S.REFUND_DUE
    window.refresh_status()
    qtbot.waitUntil(lambda: window.s_refunds.isVisible(), timeout=WAIT)
    assert window.s_refunds.text() == "Refunds due: 1"
    bar = " ".join(x.text() for x in (window.s_online, window.s_queue, window.s_doubt,
                                      window.s_refunds, window.s_sending))
    assert "_" not in bar and "REFUND" not in bar


def test_a_dropped_answer_does_not_mark_the_terminal_offline(qtbot, window, bills, counter):
    """The bills service has no enquiry: after a dropped answer nothing would call it again
    for minutes, so OFFLINE stayed. The request left: the network is up; the sale waits."""
    qtbot.waitUntil(lambda: window.s_online.text() == "Online", timeout=WAIT)
    bills.set_fault("drop_after_commit", target="pay")
    sale = counter.sell("agg.tv", "20020018196", Money.parse("2000", "NGN"),
                        option_id="BPD-NGCA-AWA")  # StarTimes, any amount
    assert sale.state == S.IN_DOUBT
    window.refresh_status()
    qtbot.waitUntil(lambda: window.s_doubt.text() == "Awaiting provider: 1",
                    timeout=WAIT)
    assert counter.status().online is True
    assert window.s_online.text() == "Online"


def test_offline_is_left_as_soon_as_the_provider_answers(qtbot, tmp_path, secrets, vprinter,
                                                         monkeypatch):
    from posapp.providers.efactory.sandbox import EFactorySandbox
    from posapp.service import Counter
    from tests.conftest import free_port, make_config

    monkeypatch.setattr(main_window, "OFFLINE_RECHECK_S", 0.5)
    port = free_port()
    counter = Counter(make_config(tmp_path, f"http://127.0.0.1:{port}", vprinter.port), secrets)
    w = open_window(qtbot, counter)
    try:
        qtbot.waitUntil(lambda: w.s_online.text() == "OFFLINE", timeout=WAIT)
        with EFactorySandbox(port=port):
            qtbot.waitUntil(lambda: w.s_online.text() == "Online", timeout=WAIT)
    finally:
        w.tasks.wait(WAIT)
        counter.stop()


# -- printed feedback belongs to its sale ---------------------------------------------------


def test_receipt_printed_belongs_to_its_sale_and_a_reprint_says_copy(qtbot, window, sandbox,
                                                                      counter, vprinter):
    flow = window.flow
    sell_by_keys(qtbot, window)
    qtbot.waitUntil(lambda: flow.result.print_state.text() == "Receipt printed.",
                    timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_F8)  # print again
    qtbot.waitUntil(lambda: flow.result.print_state.text() == "Copy 1 printed.",
                    timeout=WAIT)
    assert "COPY 1" in vprinter.wait_for_jobs(2)[1].text
    qtbot.keyClick(flow.result.b_new, Qt.Key.Key_Return)
    sandbox.set_fault("drop_after_commit")  # the next sale is in doubt: nothing prints
    sell_by_keys(qtbot, window, meter="04223568917")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.result, timeout=WAIT)
    assert flow.sale.state == S.IN_DOUBT
    assert "printed" not in flow.result.print_state.text().lower()


# -- fitting the screen ---------------------------------------------------------------------


def test_fonts_scale_with_the_screen():
    assert scaled_style("QLabel { font-size: 20px; padding: 10px 5px; }", 1.4) == \
        "QLabel { font-size: 28px; padding: 14px 7px; }"
    assert scaled_style(STYLE, 1.0) == STYLE
    screen = QApplication.primaryScreen()
    assert 0.8 <= screen_scale(screen) <= 1.5
    assert screen_scale(None) == 1.0


def inside(w: QWidget, win: QWidget) -> bool:
    """Is all of `w` on the window (not pushed off its edge)?"""
    top_left = w.mapTo(win, QPoint(0, 0))
    return QRect(QPoint(0, 0), win.size()).contains(QRect(top_left, w.size()))


def shoot(w: QWidget, name: str) -> None:
    folder = os.environ.get("POSAPP_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        w.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.mark.parametrize("size,factor", [((800, 600), 0.8), ((1920, 1080), 1.4)])
def test_every_page_fits_the_screen(qtbot, counter, sandbox, size, factor):
    w = MainWindow(counter)
    qtbot.addWidget(w)
    w.setStyleSheet(scaled_style(STYLE, factor))
    w.resize(*size)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    tag = f"{size[0]}x{size[1]}"
    bar = w.statusBar()
    qtbot.waitUntil(lambda: w.s_printer.text() == "Printer: ready", timeout=WAIT)

    def check(name: str, *widgets: QWidget) -> None:
        qtbot.wait(200)
        assert w.size().width() <= size[0] and w.size().height() <= size[1], name
        for x in (bar, *widgets):
            assert x.isVisible() and inside(x, w), f"{name}: {x} off the {tag} window"
        shoot(w, f"{tag}-{name}")

    flow = w.flow
    check("menu", flow.products.grid.parentWidget(), flow.products.last)
    qtbot.keyClick(w, Qt.Key.Key_F1)
    type_and_enter(qtbot, flow.account.entry, "04223568917")
    qtbot.waitUntil(lambda: flow.currentWidget() is flow.amount, timeout=WAIT)
    check("amount", flow.amount.amount, flow.amount.pay_button, flow.amount.fields["name"])
    type_and_enter(qtbot, flow.amount.amount, "7500")
    qtbot.keyClicks(flow.amount.cash, "10000")
    qtbot.keyClick(flow.amount.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.result.print_state.text() == "Receipt printed.",
                    timeout=WAIT)
    qtbot.waitUntil(lambda: not flow.result.preview_label.pixmap().isNull(), timeout=WAIT)
    check("result", flow.result.b_new, flow.result.b_print, flow.result.preview)
    qtbot.keyClick(w, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: w.history.table.rowCount() == 1, timeout=WAIT)
    h = w.history
    check("history", h.table, h.b_open, h.pin, h.b_shift, h.b_z, h.b_drawer, h.note)
    w.lock_now()
    check("lock", w.lock.pin)
    w.tasks.wait(WAIT)


def test_the_window_opens_maximised_and_comes_back_where_it_was_left(qtbot, counter):
    w = MainWindow(counter)
    qtbot.addWidget(w)
    w.show_on_screen()
    qtbot.waitUntil(w.isVisible)
    assert w.isMaximized()
    w.showNormal()
    w.setGeometry(40, 50, 700, 520)
    qtbot.wait(100)
    w._save_geometry()
    w.close()
    again = MainWindow(counter)
    qtbot.addWidget(again)
    again.show_on_screen()
    qtbot.waitUntil(again.isVisible)
    assert not again.isMaximized()
    assert (again.width(), again.height()) == (700, 520)
    kiosk = MainWindow(counter)
    qtbot.addWidget(kiosk)
    kiosk.show_on_screen(kiosk=True)
    qtbot.waitUntil(kiosk.isVisible)
    assert kiosk.isFullScreen()
    for x in (w, again, kiosk):
        x.tasks.wait(WAIT)


def test_a_full_status_bar_still_fits_800_pixels(qtbot, counter):
    from posapp.service import Status

    w = MainWindow(counter)
    qtbot.addWidget(w)
    w.setStyleSheet(scaled_style(STYLE, 0.8))
    w.resize(800, 600)
    w.show()
    w.tasks.wait(WAIT)
    qtbot.wait(200)
    w._status(Status(online=False, queued=12, in_doubt=3, refund_due=2, sending=1,
                     unprinted=4))
    w._printer("out", "The printer is out of paper. Load paper and press Retry.")
    w.note("Sale DEMO0001-000123 finished by the provider: receipt printed.")
    qtbot.wait(200)
    shoot(w, "800x600-status-bar-full")
    assert w.minimumSizeHint().width() <= 800 and w.width() <= 800
    for x in (w.s_online, w.s_sending, w.s_queue, w.s_to_print, w.s_doubt, w.s_refunds,
              w.s_printer):  # every warning whole; the cashier's name gives way to them
        assert x.isVisible() and inside(x, w), x.text()
        assert x.width() >= x.sizeHint().width(), f"{x.text()!r} is clipped"
    assert not w.s_user.isVisible()
    w._status(Status(online=True, queued=0, in_doubt=0, refund_due=0))
    w._printer("ok", "")
    qtbot.wait(100)
    assert w.s_user.isVisible() and inside(w.s_user, w)  # the usual day: the name shows
    assert w.s_note.toolTip().startswith("Sale DEMO0001-000123")
