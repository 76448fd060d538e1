#pragma once

#include <QStringList>

namespace Valuemap::Cli {

// `valuemap record increment|measurement|feedback PLAN … --event-id ID`: what pipelines,
// metrics jobs and support tools write into a plan, idempotently by event id.
// Exit codes: 0 recorded or already recorded, 1 a bad value (the message names the argument;
// nothing written) or the event id reused for other content, 2 usage or the plan cannot be
// opened, 3 the plan is open elsewhere (after waiting up to --wait seconds).
int runRecord(const QStringList &args);
QString recordUsage();

} // namespace Valuemap::Cli
