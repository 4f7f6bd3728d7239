#!/usr/bin/python3
"""Qt's Fortune Client example, headless.

--style qt4 (default): the Qt 4 client: the blockSize loop (quint16 size, then wait for that many
bytes, then in >> fortune).
--style qt57: the Qt 5.7+ client: in.startTransaction(); in >> fortune; if
(!in.commitTransaction()) return;

Prints {"fortune": "..."} and exits 0; on error prints {"error": "..."} and exits
2 (closed before a whole fortune), 3 (socket error), 4 (timeout).
"""
import argparse
import sys

from PyQt5.QtCore import QDataStream
from PyQt5.QtNetwork import QAbstractSocket, QTcpSocket

import qtpeer


class Client:
    def __init__(self, app, style):
        self.app = app
        self.style = style
        self.blockSize = 0
        self.done = False
        self.tcpSocket = QTcpSocket()
        self.inStream = QDataStream(self.tcpSocket)
        self.inStream.setVersion(QDataStream.Qt_4_0)
        self.tcpSocket.readyRead.connect(self.readFortune)
        self.tcpSocket.disconnected.connect(self.disconnected)
        self.tcpSocket.error.connect(self.displayError)

    def readFortune(self):
        if self.done:
            return
        if self.style == "qt4":
            if self.blockSize == 0:
                if self.tcpSocket.bytesAvailable() < 2:
                    return
                self.blockSize = self.inStream.readUInt16()
            if self.tcpSocket.bytesAvailable() < self.blockSize:
                return
            fortune = self.inStream.readQString()
        else:
            self.inStream.startTransaction()
            fortune = self.inStream.readQString()
            if not self.inStream.commitTransaction():
                return
        self.done = True
        qtpeer.emit(fortune=fortune)
        self.app.exit(0)

    def disconnected(self):
        if not self.done:
            # Data may still sit in the buffer: try once more before giving up.
            self.readFortune()
        if not self.done:
            self.done = True
            qtpeer.emit(error="connection closed by server before a whole fortune arrived")
            self.app.exit(2)

    def displayError(self, socketError):
        if self.done or socketError == QAbstractSocket.RemoteHostClosedError:
            return
        self.done = True
        qtpeer.emit(error=self.tcpSocket.errorString())
        self.app.exit(3)


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--style", choices=["qt4", "qt57"], default="qt4")
    p.add_argument("--timeout", type=float, default=20.0)
    a = p.parse_args()
    app = qtpeer.application()
    client = Client(app, a.style)
    client.tcpSocket.connectToHost(a.host, a.port)
    qtpeer.exit_after(app, a.timeout, 4, "timeout")
    return app.exec_()


if __name__ == "__main__":
    sys.exit(main())
