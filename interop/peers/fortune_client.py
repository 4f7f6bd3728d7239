#!/usr/bin/python3
"""Qt's Fortune Client example, headless.

--style qt4 (default): the Qt 4 client: the blockSize loop (quint16 size, then wait for that many
bytes, then in >> fortune).
--style qt57: the Qt 5.7+ client: in.startTransaction(); in >> fortune; if
(!in.commitTransaction()) return;

Prints {"fortune": "..."} and exits 0; on error prints {"error": "..."} and exits
2 (closed before a whole fortune), 3 (socket error), 4 (timeout).
"""
import sys

from PyQt5.QtCore import QDataStream

import qtpeer


class Client(qtpeer.Client):
    def __init__(self, app, style):
        super().__init__(app)
        self.style = style
        self.blockSize = 0
        self.inStream = QDataStream(self.tcpSocket)
        self.inStream.setVersion(QDataStream.Qt_4_0)

    def readAvailable(self):
        self.readFortune()

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
        self.finish(0, fortune=fortune)

    def closedEarly(self):
        return {"error": "connection closed by server before a whole fortune arrived"}


def main():
    p = qtpeer.client_arguments(__doc__)
    p.add_argument("--style", choices=["qt4", "qt57"], default="qt4")
    a = p.parse_args()
    app = qtpeer.application()
    client = Client(app, a.style)
    client.tcpSocket.connectToHost(a.host, a.port)
    return qtpeer.run_client(app, a)


if __name__ == "__main__":
    sys.exit(main())
