// libFuzzer targets for the importers (one executable per format, chosen at compile time by
// VALUEMAP_FUZZ_FORMAT). Any bytes: the importer returns a plan or a message, never crashes; and
// a plan it accepts must become a sound .valuemap file (integrity, foreign keys, ranks 0..n-1).
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
    (void)csv;
#else
    PlanData data;
    QString error;
    if (!readPlan(input, &data, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const QString path = dir.filePath(QStringLiteral("imported.valuemap"));
    QFile::remove(path);
    if (!createPlanFile(path, true, data, &error))
        return 0; // refused all or nothing, with a message
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
