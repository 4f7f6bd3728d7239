#!/usr/bin/python3
"""Qt's Fortune Server example, headless.

--style qt4 (default): each block is quint16 size + QString (QDataStream::Qt_4_0), as in the
Qt 4 example (out << quint16(0) << fortune; seek(0); out << quint16(block.size() - 2)).
--style qt57: the Qt 5.7+ example: the QString alone, no size prefix.

Prints {"event": "listening", "port": N} once listening; {"event": "served", ...} per client.
Exits after --count clients (0 = never) or --timeout seconds.
"""
import argparse
import random
import sys

from PyQt5.QtCore import QByteArray, QDataStream, QIODevice
from PyQt5.QtNetwork import QHostAddress, QTcpServer

import qtpeer

FORTUNES = [
    "You've been leading a dog's life. Stay off the furniture.",
    "You've got to think about tomorrow.",
    "You will be surprised by a loud noise.",
    "You will feel hungry again in another hour.",
    "You might have mail.",
    "You cannot kill time without injuring eternity.",
    "Computers are not intelligent. They only think they are.",
]


class Server:
    def __init__(self, app, style, count, fortune):
        self.app = app
        self.style = style
        self.count = count
        self.fortune = fortune
        self.served = 0
        self.tcpServer = QTcpServer()
        self.tcpServer.newConnection.connect(self.sendFortune)

    def sendFortune(self):
        while self.tcpServer.hasPendingConnections():
            fortune = self.fortune if self.fortune is not None else random.choice(FORTUNES)
            block = QByteArray()
            out = QDataStream(block, QIODevice.WriteOnly)
            out.setVersion(QDataStream.Qt_4_0)
            if self.style == "qt4":
                out.writeUInt16(0)
                out.writeQString(fortune)
                out.device().seek(0)
                out.writeUInt16(block.size() - 2)
            else:
                out.writeQString(fortune)

            clientConnection = self.tcpServer.nextPendingConnection()
            clientConnection.disconnected.connect(clientConnection.deleteLater)
            clientConnection.write(block)
            clientConnection.disconnectFromHost()
            self.served += 1
            qtpeer.emit(event="served", fortune=fortune, bytes=block.size())
            if self.count and self.served >= self.count:
                # Let the last socket flush before leaving the event loop.
                clientConnection.disconnected.connect(self.app.quit)


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--style", choices=["qt4", "qt57"], default="qt4")
    p.add_argument("--count", type=int, default=0, help="exit after serving this many clients")
    p.add_argument("--fortune", default=None, help="always send this fortune")
    p.add_argument("--timeout", type=float, default=60.0)
    a = p.parse_args()
    app = qtpeer.application()
    server = Server(app, a.style, a.count, a.fortune)
    if not server.tcpServer.listen(QHostAddress(QHostAddress.LocalHost), a.port):
        qtpeer.emit(error="Unable to start the server: " + server.tcpServer.errorString())
        return 1
    qtpeer.emit(event="listening", port=server.tcpServer.serverPort(), style=a.style)
    qtpeer.exit_after(app, a.timeout, 0, "timeout")
    return app.exec_()


if __name__ == "__main__":
    sys.exit(main())
