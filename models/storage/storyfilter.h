#pragma once

#include "domain/entities.h"

#include <QString>

namespace Valuemap {

class Document;

// What the story map's search and filter bar asks for. An empty filter matches every story.
// The text is matched against title, description, acceptance criteria and tags, ignoring case,
// and against the story key ("BT-42", the start of one, or "#42").
struct StoryFilter
{
    QString text;
    QString tag; // empty: any
    std::optional<StoryStatus> status;
    std::optional<PersonaId> persona;
    std::optional<GoalId> goal;
    std::optional<ReleaseId> release; // an invalid id: the unplanned stories

    bool isEmpty() const;
    bool matches(const Document &document, StoryId story) const;
};

} // namespace Valuemap
