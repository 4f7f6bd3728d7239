// Native Qt baseline: the nextBlockSize loop of the Trip Planner / Fortune clients, reading the
// same bytes the Java benchmarks use (written by io.github.qdatastream.bench.Workloads) from a
// QBuffer through QDataStream (Qt_4_0), with the same chunkings where it makes sense.
//
// Usage: qtbench <dir with trip.bin and fortune.bin> [repeats]
// Prints one line per (stream, chunking): blocks, blocks/s and MiB/s (best of the repeats, in
// thread CPU time; the wall-clock figure is printed too).
#include <QBuffer>
#include <QByteArray>
#include <QDataStream>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTime>
#include <cstdio>
#include <cstdlib>
#include <ctime>

static volatile qint64 sink; // keeps the decoded fields alive

// Drains complete blocks from the buffer; returns false once the 0xFFFF end marker was read.
template <bool Trip>
static bool drain(QBuffer &buffer, QDataStream &in, quint16 &nextBlockSize, qint64 &blocks)
{
    for (;;) {
        if (nextBlockSize == 0) {
            if (buffer.bytesAvailable() < qint64(sizeof(quint16)))
                return true;
            in >> nextBlockSize;
        }
        if (Trip && nextBlockSize == 0xFFFF)
            return false;
        if (buffer.bytesAvailable() < nextBlockSize)
            return true;
        if (Trip) {
            QDate date;
            QTime time;
            quint16 duration;
            quint8 changes;
            QString trainType;
            in >> date >> time >> duration >> changes >> trainType;
            sink += date.toJulianDay() + time.msec() + duration + changes + trainType.size();
        } else {
            QString fortune;
            in >> fortune;
            sink += fortune.size();
        }
        ++blocks;
        nextBlockSize = 0;
    }
}

// Feeds `data` in chunks of `chunk` bytes (0 = all at once) into a QBuffer, as a socket's read
// buffer fills, and drains blocks after each chunk; consumed bytes are dropped now and then.
template <bool Trip>
static qint64 run(const QByteArray &data, int chunk)
{
    QByteArray storage;
    QBuffer buffer(&storage);
    buffer.open(QIODevice::ReadOnly);
    QDataStream in(&buffer);
    in.setVersion(QDataStream::Qt_4_0);
    quint16 nextBlockSize = 0;
    qint64 blocks = 0;
    if (chunk == 0) {
        storage = data; // implicit sharing: no copy
        buffer.seek(0);
        drain<Trip>(buffer, in, nextBlockSize, blocks);
        return blocks;
    }
    const char *p = data.constData();
    const int n = data.size();
    for (int off = 0; off < n; off += chunk) {
        int len = qMin(chunk, n - off);
        storage.append(p + off, len);
        if (!drain<Trip>(buffer, in, nextBlockSize, blocks))
            break;
        if (buffer.pos() >= (1 << 16)) { // compact, as QTcpSocket's ring buffer frees read chunks
            qint64 pos = buffer.pos();
            storage.remove(0, int(pos));
            buffer.seek(0);
        }
    }
    return blocks;
}

static QByteArray load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    return f.readAll();
}

// Thread CPU time, as the Java paired comparison (bench/compare.sh) measures: robust against other
// processes on a shared machine.
static qint64 threadCpuNanos()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

template <bool Trip>
static void measure(const char *name, const QByteArray &data, int chunk, int repeats)
{
    qint64 best = -1;
    qint64 bestWall = -1;
    qint64 blocks = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        qint64 cpu0 = threadCpuNanos();
        blocks = run<Trip>(data, chunk);
        qint64 ns = threadCpuNanos() - cpu0;
        qint64 wall = t.nsecsElapsed();
        if (best < 0 || ns < best)
            best = ns;
        if (bestWall < 0 || wall < bestWall)
            bestWall = wall;
    }
    double s = best / 1e9;
    std::printf("%-8s %-8s bytes=%d blocks=%lld blocks/s=%.0f MiB/s=%.1f (thread CPU time; wall clock: %.1f MiB/s)\n", name,
                chunk == 0 ? "whole" : qPrintable(QString::number(chunk)), data.size(),
                (long long) blocks, blocks / s, data.size() / s / (1 << 20),
                data.size() / (bestWall / 1e9) / (1 << 20));
}

int main(int argc, char **argv)
{
    QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("data");
    int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
    QByteArray trip = load(dir + "/trip.bin");
    QByteArray fortune = load(dir + "/fortune.bin");
    // The one-byte runs use a 4 MiB prefix, as the Java ones do: trip4.bin / fortune4.bin.
    QByteArray trip4 = load(dir + "/trip4.bin");
    QByteArray fortune4 = load(dir + "/fortune4.bin");
    std::printf("Qt %s, QDataStream::Qt_4_0, best of %d\n", qVersion(), repeats);
    measure<true>("trip", trip, 0, repeats);
    measure<true>("trip", trip, 1460, repeats);
    measure<true>("trip", trip4, 1, repeats);
    measure<false>("fortune", fortune, 0, repeats);
    measure<false>("fortune", fortune, 1460, repeats);
    measure<false>("fortune", fortune4, 1, repeats);
    return 0;
}
