#include "io/sampleplan.h"

#include "storage/sqlstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Valuemap::SamplePlan {

QStringList statements()
{
    QFile file(u":/valuemap/samples/coffee-subscription.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList result;
    QString current;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (current.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith("--"_L1)))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            result.append(current.trimmed());
            current.clear();
        }
    }
    return result;
}

bool create(const QString &path, QString *error)
{
    const QStringList seed = statements();
    if (seed.isEmpty()) {
        *error = SqlStore::tr("The bundled sample plan is missing from this build of Valuemap. "
                              "Reinstall Valuemap.");
        return false;
    }
    return SqlStore::createFile(path, false, error, seed);
}

QString userCopyPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"Coffee Subscription (sample).valuemap"_s);
}

} // namespace Valuemap::SamplePlan
