"""Named crash points for resilience drills: `POSAPP_CRASHPOINT=after_journal posapp ...`
kills the process with SIGKILL at that step of a sale, so a technician (and the crash
tests) can prove that a restart loses nothing and vends nothing twice.

Points of a vend: after_journal (VENDING committed, request not sent), after_answer (answer
received, not stored), after_store (VENDED committed, not printed), printing (print job
recorded, bytes not sent).

Points of a collection (mobile money, card page): collect_journalled (COLLECTING committed
with its key, payment request not sent), collect_sent (the payment request answered, the
answer not stored), collect_confirmed (the collector said paid, not stored), collect_stored
(COLLECTED committed, the vend not started).
"""

from __future__ import annotations

import logging
import os
import signal

log = logging.getLogger(__name__)
POINTS = ("after_journal", "after_answer", "after_store", "printing", "collect_journalled",
          "collect_sent", "collect_confirmed", "collect_stored")


def crashpoint(name: str) -> None:
    if os.environ.get("POSAPP_CRASHPOINT") == name:
        log.critical("crash drill: killing the process at %s", name)
        for handler in logging.getLogger().handlers:
            handler.flush()
        if hasattr(signal, "SIGKILL"):
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(137)
