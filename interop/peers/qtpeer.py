"""Shared bits of the real-Qt peers: JSON-line output, the book's deterministic trip generator,
the clients' socket, verdict and command line.

The peers are written the way Qt's own examples are (QTcpServer/QTcpSocket, readyRead, the
nextBlockSize loop, QDataStream at Qt_4_0); this module only holds what is not protocol code.
"""
import argparse
import json
import sys

from PyQt5.QtCore import QCoreApplication, QTimer
from PyQt5.QtNetwork import QAbstractSocket, QTcpSocket

VERSION_NAMES = ("Qt_4_0",)


def emit(**fields):
    """One JSON line on stdout, flushed at once (the Java tests read it as it arrives)."""
    sys.stdout.write(json.dumps(fields, ensure_ascii=False) + "\n")
    sys.stdout.flush()


class BookRandom:
    """The C library's srand()/rand(), called through ctypes: the book's Trip Server calls
    std::srand(from.length() * 3600 + to.length() * 60 + time.hour()) and then std::rand(), and
    on a Linux host these are glibc's, as for the book's C++ server built in interop/book/ and
    for the Java Trip server's default (--rand glibc).
    """

    _libc = None

    def __init__(self, seed):
        if BookRandom._libc is None:
            import ctypes
            BookRandom._libc = ctypes.CDLL(None)
        BookRandom._libc.srand(ctypes_uint(seed))

    def rand(self):
        return BookRandom._libc.rand()


def ctypes_uint(value):
    import ctypes
    return ctypes.c_uint(value & 0xFFFFFFFF)


def qstring_length(s):
    """QString::length(): UTF-16 code units, not code points."""
    return len(s.encode("utf-16-le")) // 2


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


class Client:
    """What the headless clients share: one QTcpSocket and one verdict.

    A subclass reads in readAvailable() and ends with finish(). When the server closes first,
    the bytes still buffered are read once more; if that gives no verdict, closedEarly() names
    the error line (exit 2). Other socket errors are exit 3.
    """

    def __init__(self, app):
        self.app = app
        self.done = False
        self.tcpSocket = QTcpSocket()
        self.tcpSocket.readyRead.connect(self.readAvailable)
        self.tcpSocket.disconnected.connect(self.disconnected)
        self.tcpSocket.error.connect(self.displayError)

    def finish(self, code, **fields):
        self.done = True
        emit(**fields)
        self.app.exit(code)

    def disconnected(self):
        if not self.done:
            # Data may still sit in the buffer: try once more before giving up.
            self.readAvailable()
        if not self.done:
            self.finish(2, **self.closedEarly())

    def displayError(self, socketError):
        if self.done or socketError == QAbstractSocket.RemoteHostClosedError:
            return
        self.finish(3, error=self.tcpSocket.errorString())


def client_arguments(description):
    """The clients' command line: --host, --port, --timeout (seconds; then exit 4)."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--timeout", type=float, default=20.0)
    return p


def run_client(app, args):
    """Runs the event loop until the client's verdict, or exit 4 after args.timeout seconds."""
    exit_after(app, args.timeout, 4, "timeout")
    return app.exec_()
