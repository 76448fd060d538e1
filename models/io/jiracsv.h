#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace Valuemap {

class Document;

// A CSV for Jira's CSV importer: one Epic row per activity (or per step) and one Story row per
// story, linked to its epic by "Parent" = the epic's "Issue ID". Map the columns in the
// importer to Issue ID, Issue Type, Summary, Description, Epic Name, Parent, Story Points,
// Fix Version/s and Labels (one column per label).
class JiraCsv final
{
    Q_DECLARE_TR_FUNCTIONS(Valuemap::JiraCsv)

public:
    enum class EpicsFrom { Activities, Steps };
    static QByteArray write(const Document &document, EpicsFrom epics = EpicsFrom::Activities);
};

} // namespace Valuemap
