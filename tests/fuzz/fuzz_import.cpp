// libFuzzer targets for the importers (one executable per format, chosen at compile time by
// VALUEMAP_FUZZ_FORMAT). Any bytes: the importer returns a plan or a message, never crashes; a
// plan it accepts holds only values a plan may hold (planDataProblem finds nothing) and becomes
// a sound .valuemap file (integrity, foreign keys, ranks 0..n-1); no message speaks SQL.
#include "io/measurementscsv.h"
#include "io/plandata.h"
#include "io/planjson.h"
#include "io/storiescsv.h"
#include "io/storymapsio.h"
#include "storage/document.h"
#include "storage/plancheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Valuemap;

namespace {

// A message a user would see must never be the database speaking (words the input itself
// holds may be quoted back from it, so they do not count).
void requireNoSql(const QString &message, const QByteArray &input)
{
    static const char *const words[] = { "SQL", "sqlite", "syntax error", "no such", "UNIQUE",
                                         "constraint", "malformed" };
    for (const char *word : words) {
        const QLatin1StringView w(word);
        if (message.contains(w, Qt::CaseInsensitive)
            && !QString::fromUtf8(input).contains(w, Qt::CaseInsensitive)) {
            qCritical("a message speaks SQL: %s", qPrintable(message.left(300)));
            std::abort();
        }
    }
}

} // namespace

#if VALUEMAP_FUZZ_FORMAT != 4
namespace {

bool readPlan(const QByteArray &bytes, PlanData *data, QString *error)
{
#if VALUEMAP_FUZZ_FORMAT == 1
    return PlanJson::read(bytes, data, error);
#elif VALUEMAP_FUZZ_FORMAT == 2
    return StoriesCsv::read(bytes, data, error);
#else
    return StorymapsIo::read(bytes, data, error);
#endif
}

} // namespace
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_import";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    const QByteArray input(reinterpret_cast<const char *>(bytes), qsizetype(size));
#if VALUEMAP_FUZZ_FORMAT == 4
    const MeasurementsCsv csv = parseMeasurementsCsv(input);
    for (const QString &e : csv.errors)
        requireNoSql(e, input);
    for (const Measurement &m : csv.rows) {
        // Every accepted row is one a plan may hold.
        if (const QString problem = measurementProblem(m); !problem.isEmpty()) {
            qCritical("accepted a measurement a plan may not hold: %s", qPrintable(problem));
            std::abort();
        }
    }
#else
    PlanData data;
    QString error;
    if (!readPlan(input, &data, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        requireNoSql(error, input);
        return 0;
    }
    if (const auto problem = planDataProblem(data)) {
        qCritical("accepted input holds what a plan may not: %s", qPrintable(*problem));
        std::abort();
    }
    const QString path = dir.filePath(QStringLiteral("imported.valuemap"));
    QFile::remove(path);
    if (!createPlanFile(path, true, data, &error)) {
        requireNoSql(error, input); // refused all or nothing, with a message in the user's words
        return 0;
    }
    auto doc = Document::open(path, &error, OpenMode::ReadOnly);
    if (!doc || !planProblems(*doc).isEmpty()) {
        // An accepted import must make a sound plan.
        qCritical("accepted input made an unsound plan: %s",
                  qPrintable(doc ? planProblems(*doc).join(QStringLiteral("; ")) : error));
        std::abort();
    }
#endif
    return 0;
}
