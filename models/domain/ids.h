#pragma once

#include <QHashFunctions>
#include <QList>
#include <QMetaType>
#include <QtGlobal>

namespace Valuemap {

// A row id that knows which table it belongs to, so a StepId cannot be passed where a
// StoryId is expected. Ids are SQLite rowids: positive, stable for the life of a row.
template<typename Tag>
struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) { }
    constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id &) const = default;
};

template<typename Tag>
inline size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using VisionNoteId = Id<struct VisionNoteTag>;
using PersonaId = Id<struct PersonaTag>;
using ActivityId = Id<struct ActivityTag>;
using StepId = Id<struct StepTag>;
using StoryId = Id<struct StoryTag>;
using ReleaseId = Id<struct ReleaseTag>;
using TagId = Id<struct TagTag>;
using GoalId = Id<struct GoalTag>;
using MeasurementId = Id<struct MeasurementTag>;
using IncrementId = Id<struct IncrementTag>;
using FeedbackId = Id<struct FeedbackTag>;
using VoteId = Id<struct VoteTag>;
using ParticipantId = Id<struct ParticipantTag>;
using VoteDotId = Id<struct VoteDotTag>;

template<typename IdType>
QList<qint64> rawIds(const QList<IdType> &ids)
{
    QList<qint64> raw;
    raw.reserve(ids.size());
    for (const IdType &id : ids)
        raw.append(id.value);
    return raw;
}

template<typename IdType>
QList<IdType> typedIds(const QList<qint64> &raw)
{
    QList<IdType> ids;
    ids.reserve(raw.size());
    for (qint64 v : raw)
        ids.append(IdType(v));
    return ids;
}

} // namespace Valuemap
