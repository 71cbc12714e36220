"""A sale the outbox finishes behind the screens is owed its receipt: the window prints it."""

from __future__ import annotations

from posapp.domain.money import Money
from posapp.domain.sale import SaleState as S
from tests.test_gui_sale import open_window


def test_a_sale_finished_by_the_outbox_prints_its_receipt(qtbot, counter, sandbox, vprinter):
    sandbox.set_fault("drop_after_commit")  # paid at the provider, the answer lost
    sale = counter.sell("efactory.prepaid", "54140724110", Money.parse("1000", "NGN"))
    assert sale.state == S.IN_DOUBT
    window = open_window(qtbot, counter)  # e.g. the next start after a crash
    assert window.flow.sale is None
    counter.drain(force=True)  # the outbox's enquiry finds the payment
    qtbot.waitUntil(lambda: counter.sale(sale.id).state == S.PRINTED, timeout=10000)
    [job] = vprinter.wait_for_jobs(1)
    assert counter.sale(sale.id).tokens[0].grouped() in job.text
    qtbot.waitUntil(lambda: "receipt printed" in window.s_note.text(), timeout=5000)
    assert sale.receipt_no in window.s_note.text()
    window.tasks.wait(10000)


def test_the_sale_on_screen_is_printed_once(qtbot, counter, sandbox, vprinter):
    window = open_window(qtbot, counter)
    sandbox.set_fault("drop_after_commit")
    sale = counter.sell("efactory.prepaid", "54140724110", Money.parse("1000", "NGN"))
    window.flow._sold(sale)  # the flow shows it, in doubt
    counter.drain(force=True)
    qtbot.waitUntil(lambda: counter.sale(sale.id).state == S.PRINTED, timeout=10000)
    qtbot.wait(500)
    assert len(vprinter.jobs) == 1
    window.tasks.wait(10000)
