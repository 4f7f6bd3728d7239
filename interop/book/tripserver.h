// Headless port of the Trip Server from "C++ GUI Programming with Qt 4" (Blanchette and
// Summerfield), chapter 15, "Writing TCP Client-Server Applications". See NOTICE.md.
#ifndef TRIPSERVER_H
#define TRIPSERVER_H

#include <QTcpServer>
#include <QTcpSocket>

class QDate;
class QTime;

class TripServer : public QTcpServer
{
    Q_OBJECT

public:
    TripServer(QObject *parent = 0);

protected:
    // The book overrides incomingConnection(int); Qt 5 passes a qintptr.
    void incomingConnection(qintptr socketId) override;
};

class ClientSocket : public QTcpSocket
{
    Q_OBJECT

public:
    ClientSocket(QObject *parent = 0);

private slots:
    void readClient();

private:
    void generateRandomTrip(const QString &from, const QString &to,
                            const QDate &date, const QTime &time);

    quint16 nextBlockSize;
};

#endif
