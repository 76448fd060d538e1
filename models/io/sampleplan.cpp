#include "io/sampleplan.h"

#include "io/planjson.h"
#include "storage/sqlstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Valuemap::SamplePlan {

QByteArray json()
{
    QFile file(u":/valuemap/samples/coffee-subscription.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool create(const QString &path, QString *error)
{
    // The sample goes through the same reader as any imported plan: it is data, like them.
    PlanData data;
    const QByteArray bytes = json();
    if (bytes.isEmpty() || !PlanJson::read(bytes, &data, error)) {
        *error = SqlStore::tr("The bundled sample plan is missing from this build of Valuemap. "
                              "Reinstall Valuemap.");
        return false;
    }
    return createPlanFile(path, false, data, error);
}

QString userCopyPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"Coffee Subscription (sample).valuemap"_s);
}

} // namespace Valuemap::SamplePlan
