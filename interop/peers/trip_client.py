#!/usr/bin/python3
"""The Trip Planner client from "C++ GUI Programming with Qt 4" (chapter 15), headless.

Sends one request block (quint16 size, quint8 'S', QString from, QString to, QDate, QTime,
quint8 'D' or 'A'), then reads trip blocks with the book's nextBlockSize loop until the bare
quint16 0xFFFF.

Prints one JSON line per trip ({"date", "departure", "arrival", "duration", "changes",
"trainType"}), then {"event": "done", "trips": N} and exits 0. Errors: {"error": ...} and exit
2 ("Connection closed by server" before 0xFFFF, as in the book), 3 (socket error), 4 (timeout).
"""
import sys

from PyQt5.QtCore import QByteArray, QDataStream, QDate, QIODevice, QTime, Qt

import qtpeer


class TripPlanner(qtpeer.Client):
    def __init__(self, app, args):
        super().__init__(app)
        self.args = args
        self.nextBlockSize = 0
        self.rows = 0
        self.tcpSocket.connected.connect(self.sendRequest)

    def connectToServer(self):
        self.tcpSocket.connectToHost(self.args.host, self.args.port)
        self.nextBlockSize = 0

    def sendRequest(self):
        a = self.args
        block = QByteArray()
        out = QDataStream(block, QIODevice.WriteOnly)
        out.setVersion(QDataStream.Qt_4_0)
        out.writeUInt16(0)
        out.writeUInt8(ord('S'))
        out.writeQString(getattr(a, "from"))
        out.writeQString(a.to)
        out << QDate.fromString(a.date, Qt.ISODate) << QTime.fromString(a.time, "hh:mm")
        out.writeUInt8(ord('A') if a.arrival else ord('D'))
        out.device().seek(0)
        out.writeUInt16(block.size() - 2)
        self.tcpSocket.write(block)

    def readAvailable(self):
        self.updateTableWidget()

    def updateTableWidget(self):
        inStream = QDataStream(self.tcpSocket)
        inStream.setVersion(QDataStream.Qt_4_0)
        while not self.done:
            if self.nextBlockSize == 0:
                if self.tcpSocket.bytesAvailable() < 2:
                    break
                self.nextBlockSize = inStream.readUInt16()
            if self.nextBlockSize == 0xFFFF:
                # The verdict first: close() reports the disconnect at once.
                self.finish(0, event="done", trips=self.rows)
                self.tcpSocket.close()
                break
            if self.tcpSocket.bytesAvailable() < self.nextBlockSize:
                break
            date = QDate()
            inStream >> date
            departureTime = QTime()
            inStream >> departureTime
            duration = inStream.readUInt16()
            changes = inStream.readUInt8()
            trainType = inStream.readQString()
            arrivalTime = departureTime.addSecs(duration * 60)
            qtpeer.emit(date=date.toString("yyyy-MM-dd"), departure=departureTime.toString("hh:mm"),
                        arrival=arrivalTime.toString("hh:mm"), duration=duration,
                        changes=changes, trainType=trainType)
            self.rows += 1
            self.nextBlockSize = 0

    def closedEarly(self):
        return {"error": "Connection closed by server", "trips": self.rows}


def main():
    p = qtpeer.client_arguments(__doc__)
    p.add_argument("--from", default="Berlin")
    p.add_argument("--to", default="München")
    p.add_argument("--date", default="2026-12-24")
    p.add_argument("--time", default="08:00")
    p.add_argument("--arrival", action="store_true")
    a = p.parse_args()
    app = qtpeer.application()
    planner = TripPlanner(app, a)
    planner.connectToServer()
    return qtpeer.run_client(app, a)


if __name__ == "__main__":
    sys.exit(main())
