#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

#include <memory>

namespace Valuemap {
class Document;
struct PlanData;
}

namespace Valuemap::Test {

// English (United States) for every test, whatever the machine's locale.
void useFixedLocale();
// For a test's initTestCase, before anything reads a setting: QStandardPaths in test mode (the
// settings and the app's data, such as the sample's copy, go under ~/.qttest, not into the
// user's own), the fixed locale above, and no settings left from another run of the test, so
// that it starts as on a fresh machine.
void startCleanSettings();
// A fresh copy of the bundled sample plan inside dir; fails the test when it cannot be made.
QString makeSamplePlan(const QTemporaryDir &dir, const QString &name = QStringLiteral("sample.valuemap"));
// SHA-256 of a file's bytes (empty for a missing file).
QByteArray fileHash(const QString &path);
// A file's bytes (empty when it cannot be read).
QByteArray readBytes(const QString &path);
// Writes bytes over a file, or fails the test.
void writeBytes(const QString &path, const QByteArray &bytes);
// Runs SQL on a closed plan file with a connection of its own, as another program would, or
// fails the test naming the statement that failed.
void runSql(const QString &path, const QStringList &statements);
// Every row of a closed plan file, read with a connection of its own.
QString dumpClosedFile(const QString &path);
// Reads bytes with an importer (e.g. StoriesCsv::read), makes a new plan named `name` in dir
// from them and opens it; nullptr (with the reason logged) when either step refuses.
using PlanReader = bool (*)(const QByteArray &bytes, PlanData *data, QString *error);
std::unique_ptr<Document> importAsNew(const QTemporaryDir &dir, const QByteArray &bytes,
                                      const QString &name, PlanReader read, PlanData *data = nullptr);

// What a finished process said. exitCode is -1 when it did not finish in time, -2 when it crashed.
struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs a program to its end (two minutes at most). Headless: as in a pipeline, without a display
// and without a chosen Qt platform, so a command must manage alone. locale: its LC_ALL.
enum class Display { Inherit, Headless };
ProcessRun runProgram(const QString &program, const QStringList &arguments,
                      Display display = Display::Inherit,
                      const QString &locale = QStringLiteral("C.UTF-8"));

#ifdef VALUEMAP_EXECUTABLE
// The real binary, run as a pipeline would run it (headless), in the given locale.
inline ProcessRun valuemap(const QStringList &arguments,
                           const QString &locale = QStringLiteral("C.UTF-8"))
{
    return runProgram(QStringLiteral(VALUEMAP_EXECUTABLE), arguments, Display::Headless, locale);
}
#endif
// What no message to a user may contain, the database speaking: the word found, or empty.
QString sqlIn(const QString &message);

// The bytes of a -wal of another database (its magic number, then filler): what the tests put
// beside a plan as a side file that does not belong to it.
QByteArray foreignLog();

// An XML file (an exported SVG) as a reader sees it: the names of its elements in order and
// the text of its <title>; *error is set when it is not well-formed XML.
struct XmlOutline
{
    QStringList elements;
    QString title;
    QString error;
};
XmlOutline xmlOutline(const QByteArray &bytes);

// Acting as an unprivileged user (runuser -u nobody): a copy of program that such a user can
// run, in `folder` (made readable and enterable by all; create it under /tmp, e.g.
// QTemporaryDir(u"/tmp/valuemap-XXXXXX"_s)). Empty when it could not be made.
QString copyForOtherUsers(const QString &program, const QTemporaryDir &folder);
// Whether a run through runuser(1) failed before the program itself could answer (runuser's
// own errors, a program or library the user cannot reach): the test must skip then.
bool couldNotRunAsOtherUser(const ProcessRun &run);

// The plan's structure as the document reports it, for comparing with a view or model.
QStringList outline(const Document &document);

} // namespace Valuemap::Test
