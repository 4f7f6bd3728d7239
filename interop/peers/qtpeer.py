"""Shared bits of the real-Qt peers: JSON-line output, the book's deterministic trip generator.

The peers are written the way Qt's own examples are (QTcpServer/QTcpSocket, readyRead, the
nextBlockSize loop, QDataStream at Qt_4_0); this module only holds what is not protocol code.
"""
import json
import sys

from PyQt5.QtCore import QCoreApplication, QTimer

VERSION_NAMES = ("Qt_4_0",)


def emit(**fields):
    """One JSON line on stdout, flushed at once (the Java tests read it as it arrives)."""
    sys.stdout.write(json.dumps(fields, ensure_ascii=False) + "\n")
    sys.stdout.flush()


class BookRandom:
    """The POSIX sample rand(): next = next * 1103515245 + 12345; (next / 65536) % 32768.

    The Trip Server in the book calls std::srand(from.length() * 3600 + to.length() * 60 + hour)
    and then std::rand(); this generator makes that reproducible, and the Java Trip server uses
    the same one, so both servers give the same answer to the same question.
    """

    def __init__(self, seed):
        self.next = seed & 0xFFFFFFFF

    def rand(self):
        self.next = (self.next * 1103515245 + 12345) & 0xFFFFFFFF
        return (self.next // 65536) % 32768


def exit_after(app, seconds, code, message):
    """Gives up after `seconds`: prints an error line and exits with `code`."""
    def give_up():
        emit(error=message)
        app.exit(code)
    timer = QTimer(app)
    timer.setSingleShot(True)
    timer.timeout.connect(give_up)
    timer.start(int(seconds * 1000))
    return timer


def application():
    return QCoreApplication(sys.argv[:1])
