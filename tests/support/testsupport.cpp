#include "testsupport.h"

#include "io/plandata.h"
#include "io/sampleplan.h"
#include "storage/document.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Valuemap::Test {

void useFixedLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QString makeSamplePlan(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!SamplePlan::create(path, &error))
        qFatal("cannot create the sample plan: %s", qPrintable(error));
    return path;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString dumpClosedFile(const QString &path)
{
    const QString name = u"dump-"_s + path;
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return u"cannot open"_s;
        QSqlQuery tables(db);
        tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : names) {
            out += u'[' + table + u"]\n";
            QSqlQuery q(db);
            q.exec(u"SELECT * FROM \"%1\" ORDER BY id"_s.arg(table));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
                out += values.join(u'|') + u'\n';
            }
        }
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA user_version"_s);
        pragma.next();
        out += u"user_version="_s + pragma.value(0).toString() + u'\n';
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

std::unique_ptr<Document> importAsNew(const QTemporaryDir &dir, const QByteArray &bytes,
                                      const QString &name, PlanReader read, PlanData *data)
{
    PlanData local;
    QString error;
    if (!read(bytes, &local, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (!createPlanFile(dir.filePath(name), false, local, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (data)
        *data = local;
    return Document::open(dir.filePath(name), &error);
}

ProcessRun runProgram(const QString &program, const QStringList &arguments, Display display)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (display == Display::Headless) {
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
    }
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList outline(const Document &document)
{
    QStringList lines;
    for (ActivityId a : document.activities()) {
        lines.append(document.activity(a).title);
        for (StepId s : document.steps(a)) {
            lines.append(u"  "_s + document.step(s).title);
            for (StoryId st : document.stories(s))
                lines.append(u"    "_s + document.story(st).title);
        }
    }
    return lines;
}

} // namespace Valuemap::Test
