#!/usr/bin/python3
"""The Trip Server from "C++ GUI Programming with Qt 4" (chapter 15), headless.

Per connection (ClientSocket): the nextBlockSize loop reads one request block
(quint16 size, quint8 'S', QString from, QString to, QDate, QTime, quint8 'D'/'A'), then the
server writes 0..7 trip blocks (quint16 size, QDate, QTime, quint16 duration, quint8 changes,
QString train type), a bare quint16 0xFFFF, and closes the connection.

The book seeds std::srand(from.length() * 3600 + to.length() * 60 + time.hour()) and uses
std::rand(); this peer calls the C library's srand()/rand() through ctypes (glibc on Linux, see
qtpeer.BookRandom), as the book's server built in interop/book/ does and as the Java Trip server
reimplements it, so all three answer alike. --trips N forces N trips per reply.

Prints {"event": "listening", "port": N}, then {"event": "request", ...} per request.
"""
import argparse
import sys

from PyQt5.QtCore import QByteArray, QDataStream, QDate, QIODevice, QTime
from PyQt5.QtNetwork import QHostAddress, QTcpServer, QTcpSocket

import qtpeer


class ClientSocket(QTcpSocket):
    def __init__(self, server, trips):
        super().__init__(server)
        self.server = server
        self.trips = trips
        self.nextBlockSize = 0
        self.readyRead.connect(self.readClient)
        self.disconnected.connect(self.deleteLater)

    def readClient(self):
        inStream = QDataStream(self)
        inStream.setVersion(QDataStream.Qt_4_0)

        if self.nextBlockSize == 0:
            if self.bytesAvailable() < 2:
                return
            self.nextBlockSize = inStream.readUInt16()
        if self.bytesAvailable() < self.nextBlockSize:
            return

        requestType = inStream.readUInt8()
        if requestType == ord('S'):
            fromCity = inStream.readQString()
            toCity = inStream.readQString()
            date = QDate()
            inStream >> date
            time = QTime()
            inStream >> time
            flag = inStream.readUInt8()

            rng = qtpeer.BookRandom(qtpeer.qstring_length(fromCity) * 3600 + qtpeer.qstring_length(toCity) * 60 + time.hour())
            numTrips = rng.rand() % 8 if self.trips is None else self.trips
            for i in range(numTrips):
                self.generateRandomTrip(rng, fromCity, toCity, date, time)

            out = QDataStream(self)
            out.setVersion(QDataStream.Qt_4_0)
            out.writeUInt16(0xFFFF)
            qtpeer.emit(event="request", **{"from": fromCity, "to": toCity,
                        "date": date.toString("yyyy-MM-dd"), "time": time.toString("hh:mm"),
                        "flag": chr(flag), "trips": numTrips})
        else:
            qtpeer.emit(event="bad-request", requestType=requestType)
        self.nextBlockSize = 0
        self.server.served += 1
        self.disconnectFromHost()
        if self.server.count and self.server.served >= self.server.count:
            self.disconnected.connect(self.server.app.quit)

    def generateRandomTrip(self, rng, fromCity, toCity, date, time):
        block = QByteArray()
        out = QDataStream(block, QIODevice.WriteOnly)
        out.setVersion(QDataStream.Qt_4_0)
        duration = rng.rand() % 200
        out.writeUInt16(0)
        out << date << time
        out.writeUInt16(duration)
        out.writeUInt8(1)
        out.writeQString("InterCity")
        out.device().seek(0)
        out.writeUInt16(block.size() - 2)
        self.write(block)


class TripServer(QTcpServer):
    def __init__(self, app, trips, count):
        super().__init__()
        self.app = app
        self.trips = trips
        self.count = count
        self.served = 0

    def incomingConnection(self, socketId):
        socket = ClientSocket(self, self.trips)
        socket.setSocketDescriptor(socketId)


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--trips", type=int, default=None, help="send exactly this many trips per reply")
    p.add_argument("--count", type=int, default=0, help="exit after this many requests")
    p.add_argument("--timeout", type=float, default=60.0)
    a = p.parse_args()
    app = qtpeer.application()
    server = TripServer(app, a.trips, a.count)
    if not server.listen(QHostAddress(QHostAddress.LocalHost), a.port):
        qtpeer.emit(error="Failed to bind to port: " + server.errorString())
        return 1
    qtpeer.emit(event="listening", port=server.serverPort())
    qtpeer.exit_after(app, a.timeout, 0, "timeout")
    return app.exec_()


if __name__ == "__main__":
    sys.exit(main())
