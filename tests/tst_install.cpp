// `cmake --install` into a temporary prefix: the tree a package would ship, checked with the
// desktop's own validators; the MIME type of a plan as the desktop sees it (also renamed); the man
// page as groff renders it; and --help, man page and shell completions against every option and
// command word the command line's sources know, so none of them can drift.
// A missing validator skips its check and says which package brings it.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"io.github.valuemap.Valuemap"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"did not finish: "_s + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The program, or a skip that names the package to install.
#define REQUIRE_TOOL(variable, name, package)                                                      \
    const QString variable = QStandardPaths::findExecutable(QString::fromLatin1(name));                        \
    if (variable.isEmpty())                                                                        \
        QSKIP(name " is not installed (Debian package " package "; `bash dev build` installs it)");

// Every long option and command word the command line's sources compare arguments with.
// cli_script.cpp is the internal test driver, --help-man only serves the build.
QStringList sourceWords(const QRegularExpression &pattern)
{
    QStringList words;
    const QDir app(QStringLiteral(VALUEMAP_SOURCE_DIR "/app"));
    for (const QString &name : app.entryList({ u"main.cpp"_s, u"cli*.cpp"_s }, QDir::Files)) {
        if (name == "cli_script.cpp"_L1)
            continue;
        const QString source = readText(app.filePath(name));
        for (const auto &match : pattern.globalMatch(source)) {
            const QString word = match.captured(match.lastCapturedIndex());
            if (!words.contains(word) && word != "--help-man"_L1 && word != "internal-script"_L1)
                words.append(word);
        }
    }
    return words;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void installsTheTree_data();
    void installsTheTree();
    void iconHasEverySize_data();
    void iconHasEverySize();
    void desktopFileIsValid();
    void metainfoIsValid();
    void mimeDefinitionIsValid();
    void planIsTypedByTheDesktop_data();
    void planIsTypedByTheDesktop();
    void manPageRendersWithoutWarnings();
    void everyOptionIsDocumentedAndCompleted_data();
    void everyOptionIsDocumentedAndCompleted();
    void everyCommandWordIsCompleted_data();
    void everyCommandWordIsCompleted();
    void bashCompletes_data();
    void bashCompletes();
    void zshCompletionParses();

private:
    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
    // The help a user can read: --help and the help of each command.
    QString allHelp() const;

    QTemporaryDir m_prefix;
    QTemporaryDir m_work;
};

void TestInstall::initTestCase()
{
    Valuemap::Test::useFixedLocale();
    QVERIFY(m_prefix.isValid() && m_work.isValid());
    const Run install = run(QStringLiteral(VALUEMAP_CMAKE),
                            { u"--install"_s, QStringLiteral(VALUEMAP_BUILD_DIR), u"--prefix"_s, m_prefix.path() });
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
}

void TestInstall::installsTheTree_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : { u"bin/valuemap"_s, u"share/applications/%1.desktop"_s.arg(AppId),
                                 u"share/metainfo/%1.metainfo.xml"_s.arg(AppId),
                                 u"share/mime/packages/valuemap.xml"_s,
                                 u"share/icons/hicolor/scalable/apps/valuemap.svg"_s,
                                 u"share/man/man1/valuemap.1"_s,
                                 u"share/bash-completion/completions/valuemap"_s,
                                 u"share/zsh/vendor-completions/_valuemap"_s })
        QTest::addRow("%s", qPrintable(path)) << path;
}

void TestInstall::installsTheTree()
{
    QFETCH(QString, path);
    const QFileInfo info(installed(path));
    QVERIFY2(info.isFile(), qPrintable(path + u" is not installed"_s));
    QVERIFY2(info.size() > 0, qPrintable(path + u" is empty"_s));
    if (path.startsWith("bin/"_L1))
        QVERIFY(info.isExecutable());
}

void TestInstall::iconHasEverySize_data()
{
    QTest::addColumn<int>("size");
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        QTest::addRow("%dx%d", size, size) << size;
}

void TestInstall::iconHasEverySize()
{
    QFETCH(int, size);
    const QString path = installed(u"share/icons/hicolor/%1x%1/apps/valuemap.png"_s.arg(size));
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path + u" is missing or not a PNG"_s));
    QCOMPARE(image.size(), QSize(size, size));
    // The icon itself, not an empty square: the middle is opaque, a corner (rounded) is not.
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
}

void TestInstall::desktopFileIsValid()
{
    REQUIRE_TOOL(validator, "desktop-file-validate", "desktop-file-utils");
    const QString file = installed(u"share/applications/%1.desktop"_s.arg(AppId));
    const Run result = run(validator, { file });
    QVERIFY2(result.exitCode == 0 && result.out.trimmed().isEmpty(), qPrintable(result.out + result.err));
    const QString text = readText(file);
    QVERIFY(text.contains(u"\nMimeType=application/x-valuemap;\n"_s));
    QVERIFY(text.contains(u"\nIcon=valuemap\n"_s));
    QVERIFY(text.contains(u"\nExec=valuemap %f\n"_s));
}

void TestInstall::metainfoIsValid()
{
    REQUIRE_TOOL(appstreamcli, "appstreamcli", "appstream");
    const QString file = installed(u"share/metainfo/%1.metainfo.xml"_s.arg(AppId));
    const Run result = run(appstreamcli, { u"validate"_s, u"--no-net"_s, file });
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    const QString text = readText(file);
    // The id is the desktop file's name, so software centres find the launcher.
    QVERIFY(text.contains(u"<id>%1</id>"_s.arg(AppId)));
    QVERIFY(text.contains(u"<launchable type=\"desktop-id\">%1.desktop</launchable>"_s.arg(AppId)));
    QVERIFY(text.contains(u"<mediatype>application/x-valuemap</mediatype>"_s));
    QVERIFY(text.count(u"<screenshot"_s) >= 3);
    // Every screenshot it names is in the repository, where the URL points.
    static const QRegularExpression image(u"<image>[^<]*/resources/screenshots/([\\w-]+\\.png)</image>"_s);
    int images = 0;
    for (const auto &match : image.globalMatch(text)) {
        ++images;
        const QString shot = QStringLiteral(VALUEMAP_SOURCE_DIR "/resources/screenshots/") + match.captured(1);
        QVERIFY2(!QImage(shot).isNull(), qPrintable(shot + u" is named but missing"_s));
    }
    QCOMPARE(images, int(text.count(u"<image>"_s)));
    QVERIFY(text.contains(u"<release version=\"%1\""_s.arg(QStringLiteral(VALUEMAP_VERSION))));
    // Software centres hide an application without a content rating.
    QVERIFY(text.contains(u"<content_rating type=\"oars-1.1\""_s));
    // No made-up facts: no home page or bug tracker on a repository that does not exist.
    QVERIFY2(!text.contains(u"<url "_s), "a placeholder URL is back");
}

void TestInstall::mimeDefinitionIsValid()
{
    REQUIRE_TOOL(updateMime, "update-mime-database", "shared-mime-info");
    const QString file = installed(u"share/mime/packages/valuemap.xml"_s);
    const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
    if (!xmllint.isEmpty()) {
        const Run wellFormed = run(xmllint, { u"--noout"_s, file });
        QVERIFY2(wellFormed.exitCode == 0 && wellFormed.err.isEmpty(), qPrintable(wellFormed.err));
    }
    // update-mime-database reads every package and complains about what it does not understand.
    const Run result = run(updateMime, { u"-V"_s, installed(u"share/mime"_s) });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    for (const QString &line : result.err.split(u'\n')) {
        QVERIFY2(!line.contains(u"valuemap.xml"_s) || line.startsWith(u"Parsing"_s)
                     || line.startsWith(u"  "_s),
                 qPrintable(line));
    }
    QVERIFY(QFileInfo::exists(installed(u"share/mime/application/x-valuemap.xml"_s)));
    QVERIFY(readText(installed(u"share/mime/globs2"_s)).contains(u"application/x-valuemap:*.valuemap"_s));
}

void TestInstall::planIsTypedByTheDesktop_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isPlan");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plan named .valuemap") << u"plan.valuemap"_s << true << u"application/x-valuemap"_s;
    QTest::newRow("plan renamed to .db") << u"plan.db"_s << true << u"application/x-valuemap"_s;
    QTest::newRow("plan without extension") << u"plan"_s << true << u"application/x-valuemap"_s;
    // The magic is the application id, not "any SQLite file".
    QTest::newRow("other SQLite database as .db") << u"other.db"_s << false << u"application/vnd.sqlite3"_s;
}

void TestInstall::planIsTypedByTheDesktop()
{
    QFETCH(QString, name);
    QFETCH(bool, isPlan);
    QFETCH(QString, expected);
    REQUIRE_TOOL(updateMime, "update-mime-database", "shared-mime-info");
    REQUIRE_TOOL(gio, "gio", "libglib2.0-bin");
    QVERIFY(run(updateMime, { installed(u"share/mime"_s) }).exitCode == 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (isPlan) {
        QVERIFY(QFile::rename(Valuemap::Test::makeSamplePlan(dir, u"made.valuemap"_s), path));
    } else {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE t(x)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
    }
    // The installed definitions first, then the system's; no user definitions of this machine.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_DIRS"_s, installed(u"share"_s) + u":/usr/local/share:/usr/share"_s);
    environment.insert(u"XDG_DATA_HOME"_s, m_work.filePath(u"data-home"_s));
    const Run result = run(gio, { u"info"_s, u"-a"_s, u"standard::content-type"_s, path }, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    static const QRegularExpression typeLine(u"standard::content-type: (\\S+)"_s);
    const auto match = typeLine.match(result.out);
    QVERIFY2(match.hasMatch(), qPrintable(result.out));
    QCOMPARE(match.captured(1), expected);
}

void TestInstall::manPageRendersWithoutWarnings()
{
    REQUIRE_TOOL(groff, "groff", "groff-base");
    const QString page = installed(u"share/man/man1/valuemap.1"_s);
    const Run result = run(groff, { u"-man"_s, u"-Tutf8"_s, u"-ww"_s, u"-z"_s, page });
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(result.err));
    const Run rendered = run(groff, { u"-man"_s, u"-Tascii"_s, u"-P"_s, u"-cbou"_s, page });
    QCOMPARE(rendered.exitCode, 0);
    // groff justifies the lines: compare words, not spaces.
    const QString text = rendered.out.simplified();
    QVERIFY(text.contains(u"valuemap - plan value delivery"_s));
    QVERIFY(text.contains(u"EXIT STATUS"_s));
    // The import and export formats appear with their own help text.
    QVERIFY(text.contains(u"map-pdf the story map as PDF"_s));
}

QString TestInstall::allHelp() const
{
    QString text;
    for (const QStringList &arguments :
         { QStringList { u"--help"_s }, { u"export"_s, u"--help"_s }, { u"import"_s, u"--help"_s } }) {
        const Valuemap::Test::ProcessRun help = Valuemap::Test::runProgram(
            QStringLiteral(VALUEMAP_EXECUTABLE), arguments, Valuemap::Test::Display::Headless);
        text += help.out;
    }
    return text;
}

void TestInstall::everyOptionIsDocumentedAndCompleted_data()
{
    QTest::addColumn<QString>("option");
    // Compared with an argument ("--fit"_L1, u"--dpi"_s) or declared as a QCommandLineOption.
    static const QRegularExpression literal(u"(?:u\"(--[a-z][a-z0-9-]*)\"_s|\"(--[a-z][a-z0-9-]*)\"_L1)"_s);
    static const QRegularExpression declared(u"QCommandLineOption\\s+\\w+\\(\\s*u\"([a-z][a-z0-9-]*)\"_s"_s);
    QStringList options = sourceWords(literal);
    for (const QString &name : sourceWords(declared)) {
        if (!options.contains(u"--"_s + name))
            options.append(u"--"_s + name);
    }
    QVERIFY(options.size() > 20);
    for (const QString &option : std::as_const(options))
        QTest::addRow("%s", qPrintable(option)) << option;
}

void TestInstall::everyOptionIsDocumentedAndCompleted()
{
    QFETCH(QString, option);
    static const QString help = allHelp();
    static const QString man = readText(installed(u"share/man/man1/valuemap.1"_s)).replace(u"\\-"_s, u"-"_s).remove(QRegularExpression(u"\\\\f[BIRP]"_s));
    static const QString bash = readText(installed(u"share/bash-completion/completions/valuemap"_s));
    static const QString zsh = readText(installed(u"share/zsh/vendor-completions/_valuemap"_s));
    // A whole word: --page must not pass because of --paper, nor --map because of map-pdf.
    const QRegularExpression word(u"(?<![\\w-])"_s + QRegularExpression::escape(option) + u"(?![\\w-])"_s);
    QVERIFY2(help.contains(word), qPrintable(option + u" is missing in valuemap --help"_s));
    QVERIFY2(man.contains(word), qPrintable(option + u" is missing in the man page"_s));
    QVERIFY2(bash.contains(word), qPrintable(option + u" is missing in the bash completion"_s));
    QVERIFY2(zsh.contains(word), qPrintable(option + u" is missing in the zsh completion"_s));
}

void TestInstall::everyCommandWordIsCompleted_data()
{
    QTest::addColumn<QString>("word");
    // Commands, formats and option values: what the sources compare an argument with.
    static const QRegularExpression compared(u"== \"([a-z][a-z0-9:-]*)\"_L1"_s);
    QStringList words = sourceWords(compared);
    // The export formats, kept in a list.
    const QString formats = readText(QStringLiteral(VALUEMAP_SOURCE_DIR "/app/cli_formats.cpp"));
    static const QRegularExpression list(u"formats = \\{([^}]*)\\}"_s);
    static const QRegularExpression item(u"u\"([a-z][a-z0-9-]*)\"_s"_s);
    for (const auto &match : item.globalMatch(list.match(formats).captured(1))) {
        if (!words.contains(match.captured(1)))
            words.append(match.captured(1));
    }
    QVERIFY(words.contains(u"export"_s) && words.contains(u"map-svg"_s));
    for (const QString &word : std::as_const(words))
        QTest::addRow("%s", qPrintable(word)) << word;
}

void TestInstall::everyCommandWordIsCompleted()
{
    QFETCH(QString, word);
    static const QString help = allHelp();
    static const QString bash = readText(installed(u"share/bash-completion/completions/valuemap"_s));
    static const QString zsh = readText(installed(u"share/zsh/vendor-completions/_valuemap"_s));
    const QRegularExpression whole(u"(?<![\\w-])"_s + QRegularExpression::escape(word) + u"(?![\\w-])"_s,
                                   QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(help.contains(whole), qPrintable(word + u" is missing in valuemap --help"_s));
    QVERIFY2(bash.contains(whole), qPrintable(word + u" is missing in the bash completion"_s));
    QVERIFY2(zsh.contains(whole), qPrintable(word + u" is missing in the zsh completion"_s));
}

void TestInstall::bashCompletes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("commands") << u"valuemap "_s << QStringList { u"check"_s, u"import"_s, u"export"_s };
    QTest::newRow("window options") << u"valuemap --s"_s << QStringList { u"--sample"_s, u"--screen"_s, u"--screenshot"_s };
    QTest::newRow("screens") << u"valuemap --screen "_s
                             << QStringList { u"vision"_s, u"map"_s, u"releases"_s, u"charts"_s, u"vote"_s };
    QTest::newRow("themes") << u"valuemap --theme "_s << QStringList { u"light"_s, u"dark"_s, u"system"_s };
    QTest::newRow("export formats") << u"valuemap export "_s
                                    << QStringList { u"vision"_s, u"chart"_s, u"json"_s, u"map-pdf"_s, u"handout"_s };
    QTest::newRow("after --lang") << u"valuemap --lang de export map-"_s
                                  << QStringList { u"map-pdf"_s, u"map-png"_s, u"map-svg"_s };
    QTest::newRow("map-pdf options") << u"valuemap export map-pdf plan.valuemap --"_s
                                     << QStringList { u"--output"_s, u"--tiled"_s, u"--page"_s, u"--scale"_s };
    QTest::newRow("chart names") << u"valuemap export chart "_s << QStringList { u"burnup"_s, u"cadence"_s };
    QTest::newRow("import formats") << u"valuemap import "_s << QStringList { u"json"_s, u"csv"_s, u"storymaps"_s };
}

void TestInstall::bashCompletes()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    const QString framework = u"/usr/share/bash-completion/bash_completion"_s;
    if (!QFileInfo::exists(framework))
        QSKIP("bash-completion is not installed (Debian package bash-completion; `bash dev build` installs it)");
    REQUIRE_TOOL(bash, "bash", "bash");
    // As bash calls the function when Tab is pressed at the end of the line.
    const QString script = u"source %1\nsource %2\ncd %3\n"
                           "read -ra COMP_WORDS <<< \"$LINE\"\n"
                           "[[ $LINE == *' ' ]] && COMP_WORDS+=('')\n"
                           "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE=$LINE; COMP_POINT=${#LINE}\n"
                           "_valuemap valuemap \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD - 1]}\"\n"
                           "printf '%s\\n' \"${COMPREPLY[@]}\"\n"_s.arg(
                                   framework, installed(u"share/bash-completion/completions/valuemap"_s), m_work.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LINE"_s, line);
    const Run result = run(bash, { u"-c"_s, script }, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList offered = result.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &candidate : std::as_const(expected))
        QVERIFY2(offered.contains(candidate), qPrintable(candidate + u" not offered; got: "_s + offered.join(u' ')));
}

void TestInstall::zshCompletionParses()
{
    REQUIRE_TOOL(zsh, "zsh", "zsh");
    const Run result = run(zsh, { u"-n"_s, installed(u"share/zsh/vendor-completions/_valuemap"_s) });
    QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(readText(installed(u"share/zsh/vendor-completions/_valuemap"_s)).startsWith(u"#compdef valuemap\n"_s));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
