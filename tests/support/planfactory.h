#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace Valuemap::Test {

// A generated plan of `stories` stories for the format tests: every table has rows, and texts
// hold quotes, commas, semicolons, line breaks and non-Latin letters. Returns its path.
QString makeGeneratedPlan(const QTemporaryDir &dir, int stories,
    const QString &name = QStringLiteral("generated.valuemap"));

} // namespace Valuemap::Test
