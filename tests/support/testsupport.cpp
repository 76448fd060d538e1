#include "testsupport.h"

#include "io/plandata.h"
#include "io/sampleplan.h"
#include "storage/document.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Valuemap::Test {

void useFixedLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void startCleanSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    useFixedLocale();
    QSettings().clear();
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

QByteArray foreignLog()
{
    return QByteArray("\x37\x7f\x06\x82", 4) + QByteArray(4092, 'x');
}

XmlOutline xmlOutline(const QByteArray &bytes)
{
    XmlOutline outline;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        outline.elements.append(xml.name().toString());
        if (xml.name() == "title"_L1)
            outline.title = xml.readElementText();
    }
    if (xml.hasError())
        outline.error = xml.errorString();
    return outline;
}

QString sqlIn(const QString &message)
{
    for (const QString &word : { u"SQL"_s, u"UNIQUE"_s }) {
        if (message.contains(word, Qt::CaseSensitive))
            return word;
    }
    for (const QString &word :
         { u"sqlite"_s, u"syntax error"_s, u"no such"_s, u"constraint"_s, u"malformed"_s }) {
        if (message.contains(word, Qt::CaseInsensitive))
            return word;
    }
    return {};
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

void runSql(const QString &path, const QStringList &statements)
{
    const QString name = u"outside-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(path));
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
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

ProcessRun runProgram(const QString &program, const QStringList &arguments, Display display,
                      const QString &locale)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (display == Display::Headless) {
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
    }
    env.insert(u"LC_ALL"_s, locale);
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

QString copyForOtherUsers(const QString &program, const QTemporaryDir &folder)
{
    // The build tree may sit where another user cannot go (a clone in /root, mode 700): the
    // copy lies in a folder every user can enter and run from. The program links only system
    // libraries (the project's own are static), so the copy runs alone.
    const auto everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
        | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    if (!folder.isValid() || !QFile::setPermissions(folder.path(), everyone))
        return {};
    const QString copy = QDir(folder.path()).filePath(QFileInfo(program).fileName());
    if (!QFile::copy(program, copy) || !QFile::setPermissions(copy, everyone))
        return {};
    return copy;
}

bool couldNotRunAsOtherUser(const ProcessRun &run)
{
    // runuser(1) reports its own failures (no such user, a program it cannot execute, no
    // permission) on stderr with its name first and exits 1, 126 or 127; the loader reports
    // libraries it cannot reach; a crash or a time-out is no answer either.
    return run.exitCode < 0 || run.exitCode == 126 || run.exitCode == 127
        || run.err.startsWith(u"runuser:"_s) || run.err.contains(u"error while loading shared"_s)
        || (run.err.contains(u"Permission denied"_s) && !run.err.contains(u"valuemap"_s));
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
