#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Valuemap::SamplePlan {

// The bundled sample plan (a coffee-subscription shop) is kept as Valuemap JSON in the
// resources, so the original can never be modified: opening the sample always builds a fresh
// copy from it.
QByteArray json();
// Writes a new sample plan to path (which must not exist) and returns false with *error set
// when that fails.
bool create(const QString &path, QString *error);
// Where the run command keeps the user's copy of the sample: the user's data folder.
QString userCopyPath();

} // namespace Valuemap::SamplePlan
