#include "cli_common.h"
#include "helptext.h"

#include "storage/document.h"
#include "storage/plancheck.h"

#include <QCoreApplication>
#include <QDir>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Valuemap::Cli {

namespace {

class Common
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::Cli)
};

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<double> numberOption(const QString &option, const QString &value, double low,
    double high, bool whole, QString *error)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < low || number > high
        || (whole && number != std::floor(number))) {
        *error = whole ? Common::tr("%1 must be a whole number from %2 to %3, not “%4”.")
                             .arg(option)
                             .arg(low)
                             .arg(high)
                             .arg(value)
                       : Common::tr("%1 must be a number from %2 to %3, not “%4”.")
                             .arg(option)
                             .arg(low)
                             .arg(high)
                             .arg(value);
        return std::nullopt;
    }
    return number;
}

int checkOutput(const QString &command, const QString &output, const QStringList &inputs,
    OutputGuard::Existing existing)
{
    const OutputGuard::Verdict verdict = OutputGuard::check(output, existing, inputs);
    if (verdict.ok())
        return Success;
    QString message = verdict.message;
    if (message.endsWith(u'.'))
        message.chop(1);
    if (verdict.kind == OutputGuard::Verdict::Exists)
        err() << Common::tr("valuemap %1: %2. Nothing was written. Choose another name, or add "
                            "--force to replace it.")
                     .arg(command, message)
              << '\n';
    else
        err() << Common::tr("valuemap %1: %2. Nothing was written.").arg(command, message) << '\n';
    return Unusable;
}

std::unique_ptr<Document> openPlan(
    const QString &command, const QString &path, int *exitCode, bool allowProblems)
{
    QString error;
    auto document = Document::open(path, &error, OpenMode::ReadOnly);
    if (!document) {
        err() << Common::tr("valuemap %1: %2").arg(command, error) << '\n';
        *exitCode = Unusable;
        return nullptr;
    }
    for (const QString &notice : document->openNotices())
        err() << Common::tr("valuemap %1: warning: %2").arg(command, notice) << '\n';
    if (!allowProblems) {
        const QStringList problems = planProblems(*document);
        if (!problems.isEmpty()) {
            err() << Common::tr("valuemap %1: “%2” has %n problem(s), so nothing was written:",
                nullptr, int(problems.size()))
                         .arg(command, QDir::toNativeSeparators(path))
                  << '\n';
            for (const QString &problem : problems)
                err() << u"  - "_s << problem << '\n';
            err() << Common::tr("Run “valuemap check %1” for the whole account; “valuemap export "
                                "json %1 -o rescued.json --salvage” saves the rows that are "
                                "sound.")
                         .arg(QDir::toNativeSeparators(path))
                  << '\n';
            *exitCode = Problems;
            return nullptr;
        }
    }
    *exitCode = Success;
    return document;
}

QString exitCodesText()
{
    return HelpText::exitCodes();
}

} // namespace Valuemap::Cli
