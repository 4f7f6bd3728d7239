// Headless port of the Trip Server from "C++ GUI Programming with Qt 4" (Blanchette and
// Summerfield), chapter 15. The request handling and trip generation are the book's, line for
// line (std::srand, std::rand, QTime::hour()); the changes for a headless build are marked.
#include <QtCore>
#include <QtNetwork>
#include <cstdlib>
#include <iostream>

#include "tripserver.h"

TripServer::TripServer(QObject *parent)
    : QTcpServer(parent)
{
}

void TripServer::incomingConnection(qintptr socketId)
{
    ClientSocket *socket = new ClientSocket(this);
    socket->setSocketDescriptor(socketId);
}

ClientSocket::ClientSocket(QObject *parent)
    : QTcpSocket(parent)
{
    connect(this, SIGNAL(readyRead()), this, SLOT(readClient()));
    connect(this, SIGNAL(disconnected()), this, SLOT(deleteLater()));

    nextBlockSize = 0;
}

void ClientSocket::readClient()
{
    QDataStream in(this);
    in.setVersion(QDataStream::Qt_4_3);

    if (nextBlockSize == 0) {
        if (bytesAvailable() < sizeof(quint16))
            return;
        in >> nextBlockSize;
    }

    if (bytesAvailable() < nextBlockSize)
        return;

    quint8 requestType;
    QString from;
    QString to;
    QDate date;
    QTime time;
    quint8 flag;

    in >> requestType;
    if (requestType == 'S') {
        in >> from >> to >> date >> time >> flag;

        std::srand(from.length() * 3600 + to.length() * 60
                   + time.hour());
        int numTrips = std::rand() % 8;
        for (int i = 0; i < numTrips; ++i)
            generateRandomTrip(from, to, date, time);

        QDataStream out(this);
        out << quint16(0xFFFF);
    }

    close();
}

void ClientSocket::generateRandomTrip(const QString & /* from */,
        const QString & /* to */, const QDate &date, const QTime &time)
{
    QByteArray block;
    QDataStream out(&block, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_4_3);
    quint16 duration = std::rand() % 200;
    out << quint16(0) << date << time << duration << quint8(1)
        << QString("InterCity");
    out.device()->seek(0);
    out << quint16(block.size() - sizeof(quint16));
    write(block);
}

// Headless main (the book's shows a Quit button in a QApplication): QCoreApplication, the port
// from argv[1] (default 6178, the book's; 0 picks a free one), the bound port printed on stdout
// as "listening <port>" so that scripts can connect, and the loopback address unless argv[2]
// says otherwise.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quint16 port = argc > 1 ? quint16(QString(argv[1]).toUShort()) : 6178;
    QHostAddress address = argc > 2 ? QHostAddress(QString(argv[2])) : QHostAddress(QHostAddress::LocalHost);
    TripServer server;
    server.setMaxPendingConnections(1024);
    if (!server.listen(address, port)) {
        std::cerr << "Failed to bind to port" << std::endl;
        return 1;
    }
    std::cout << "listening " << server.serverPort() << std::endl;
    return app.exec();
}
