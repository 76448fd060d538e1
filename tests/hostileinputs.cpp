// The generator of hostile inputs: what an attacker who wants to break the import boundary
// would try (SQL in text, broken Unicode, numbers beyond range, duplicate keys, deep nesting,
// colliding ids, formulas), and what a careless export produces. Each input is kept as a file
// beside the fuzz seeds (tests/fuzz/regressions/<fuzzer>/hostile-*) and run through the real
// binary by tst_hostileimports.
#include "hostileinputs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;

namespace Valuemap::Test {

namespace {

const QString Stamp = u"2026-01-05T09:00:00.000Z"_s;

// A small, sound Valuemap JSON plan: every table the cases touch, every column given.
QJsonObject basePlan()
{
    const QJsonObject product { { u"name"_s, u"Hostile plan"_s }, { u"owner"_s, u"Lena"_s },
        { u"version"_s, u"1.0"_s }, { u"vision_date"_s, QJsonValue::Null },
        { u"client"_s, u"Client Co."_s }, { u"language"_s, u"en"_s }, { u"created_at"_s, Stamp },
        { u"updated_at"_s, Stamp } };
    const auto story = [](int id, int rank, const QString &title) {
        return QJsonObject { { u"id"_s, id }, { u"step_id"_s, 1 }, { u"release_id"_s, 1 },
            { u"rank"_s, rank }, { u"title"_s, title }, { u"description"_s, u"What it does"_s },
            { u"acceptance_criteria"_s, u"It works"_s }, { u"estimate"_s, 3 },
            { u"business_value"_s, 5 }, { u"status"_s, 0 }, { u"persona_id"_s, QJsonValue::Null },
            { u"color"_s, u""_s }, { u"created_at"_s, Stamp }, { u"updated_at"_s, Stamp },
            { u"done_at"_s, QJsonValue::Null } };
    };
    QJsonObject tables;
    tables[u"activity"_s] = QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"title"_s, u"Choose"_s },
        { u"description"_s, u""_s }, { u"color"_s, u"#f7d794"_s }, { u"rank"_s, 0 } } };
    tables[u"step"_s] = QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"activity_id"_s, 1 },
        { u"title"_s, u"Pick beans"_s }, { u"description"_s, u""_s }, { u"rank"_s, 0 } } };
    tables[u"release"_s] = QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"name"_s, u"MVP"_s },
        { u"outcome"_s, u"Learn"_s }, { u"target_date"_s, u"2026-09-30"_s }, { u"status"_s, 0 },
        { u"capacity"_s, QJsonValue::Null }, { u"rank"_s, 0 } } };
    tables[u"story"_s] = QJsonArray { story(1, 0, u"Browse beans"_s), story(2, 1, u"Pay"_s) };
    tables[u"tag"_s] = QJsonArray { QJsonObject {
        { u"id"_s, 1 }, { u"name"_s, u"UX"_s }, { u"color"_s, u""_s } } };
    tables[u"story_tag"_s] = QJsonArray { QJsonObject {
        { u"id"_s, 1 }, { u"story_id"_s, 1 }, { u"tag_id"_s, 1 } } };
    tables[u"vote"_s] = QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"title"_s, u"Top"_s },
        { u"dots_per_participant"_s, 3 }, { u"subject"_s, 0 }, { u"state"_s, 0 },
        { u"created_at"_s, Stamp } } };
    tables[u"vote_participant"_s] = QJsonArray { QJsonObject {
        { u"id"_s, 1 }, { u"vote_id"_s, 1 }, { u"name"_s, u"Ann"_s }, { u"rank"_s, 0 } } };
    tables[u"vote_dot"_s] = QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"vote_id"_s, 1 },
        { u"participant_id"_s, 1 }, { u"story_id"_s, 1 }, { u"note_id"_s, QJsonValue::Null } } };
    return QJsonObject { { u"format"_s, u"valuemap-plan"_s }, { u"generator"_s, u"hostile"_s },
        { u"product"_s, product }, { u"schemaVersion"_s, 2 }, { u"tables"_s, tables },
        { u"version"_s, 1 } };
}

using Edit = std::function<void(QJsonObject &)>;

// Sets tables.<table>[index].<field>.
Edit setField(const QString &table, int index, const QString &field, const QJsonValue &value)
{
    return [=](QJsonObject &root) {
        QJsonObject tables = root[u"tables"_s].toObject();
        QJsonArray rows = tables[table].toArray();
        QJsonObject row = rows[index].toObject();
        row[field] = value;
        rows[index] = row;
        tables[table] = rows;
        root[u"tables"_s] = tables;
    };
}

QByteArray json(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray plan(const Edit &edit = {})
{
    QJsonObject root = basePlan();
    if (edit)
        edit(root);
    return json(root);
}

// The base plan with one piece of its text replaced: for what QJsonDocument cannot write
// (duplicate keys, NaN, lone surrogates as escapes, bytes that are not UTF-8).
QByteArray planText(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = plan();
    Q_ASSERT(text.contains(from));
    return text.replace(text.indexOf(from), from.size(), to);
}

// Every text column of the plan that is free text (not a date, timestamp, colour or fixed
// word) set to `text`.
QByteArray planWithEveryText(const QString &text)
{
    QJsonObject root = basePlan();
    QJsonObject product = root[u"product"_s].toObject();
    for (const QString &f : { u"name"_s, u"owner"_s, u"version"_s, u"client"_s })
        product[f] = text;
    root[u"product"_s] = product;
    const QList<std::pair<QString, QStringList>> fields = {
        { u"activity"_s, { u"title"_s, u"description"_s } },
        { u"step"_s, { u"title"_s, u"description"_s } },
        { u"release"_s, { u"name"_s, u"outcome"_s } },
        { u"story"_s, { u"title"_s, u"description"_s, u"acceptance_criteria"_s } },
        { u"vote"_s, { u"title"_s } },
        { u"vote_participant"_s, { u"name"_s } },
    };
    for (const auto &[table, names] : fields) {
        for (const QString &f : names)
            setField(table, 0, f, text)(root);
    }
    setField(u"tag"_s, 0, u"name"_s, text)(root);
    return json(root);
}

// [value]: written out, because QJsonArray { QJsonArray { … } } is a copy for one compiler and
// a nested array for another.
QJsonArray wrapped(const QJsonValue &value)
{
    QJsonArray array;
    array.append(value);
    return array;
}

QByteArray storymap(const QJsonObject &card = {}, const QString &name = u"Garden"_s)
{
    QJsonObject c = card.isEmpty()
        ? QJsonObject { { u"name"_s, u"Sow seeds"_s }, { u"points"_s, 3 }, { u"color"_s, u"#fde68a"_s },
              { u"tags"_s, QJsonArray { u"x"_s } } }
        : card;
    const QJsonObject root { { u"app"_s, u"storymap"_s }, { u"v"_s, 1 }, { u"name"_s, name },
        { u"users"_s, wrapped(QJsonArray()) },
        { u"activities"_s, wrapped(wrapped(QJsonObject { { u"name"_s, u"Plan"_s },
                                                         { u"color"_s, u"#93c5fd"_s } })) },
        { u"steps"_s, QJsonArray { QJsonObject { { u"name"_s, u"Pick"_s } } } },
        { u"slices"_s, QJsonArray { QJsonObject { { u"name"_s, u"MVP"_s },
                                                  { u"stories"_s, wrapped(wrapped(c)) } } } },
        { u"legend"_s, QJsonArray() } };
    return json(root);
}

QByteArray storymapText(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = storymap();
    Q_ASSERT(text.contains(from));
    return text.replace(text.indexOf(from), from.size(), to);
}

QByteArray deepJson(int depth)
{
    return QByteArray("{\"a\":") + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
}

const QByteArray CsvHeader = "Activity,Step,Release,Title,Description,Estimate,Value,Status,Tags\n";

QByteArray csv(const QByteArray &row)
{
    return CsvHeader + row + '\n';
}

} // namespace

QString sqlFragment()
{
    // Words the tests look for in messages (SQL, sqlite …) are left out, so that a message
    // quoting this text back cannot pass for the database speaking.
    return u"'); DROP TABLE story;-- \" OR 1=1; SELECT name, type FROM pragma_table_list; --"_s;
}

QString markupFragment()
{
    return u"Q3</title><script>alert(1)</script><title> </text> &amp; ]]> <!-- x -->"_s;
}

QString HostileInput::fileName() const
{
    const QString ext = format == "json"_L1 || format == "storymaps"_L1 ? u"json"_s : u"csv"_s;
    return u"hostile-%1.%2"_s.arg(name, ext);
}

QString HostileInput::fuzzer() const
{
    if (format == "json"_L1)
        return u"fuzz_planjson"_s;
    if (format == "storymaps"_L1)
        return u"fuzz_storymaps"_s;
    if (format == "csv"_L1)
        return u"fuzz_storiescsv"_s;
    return u"fuzz_measurementscsv"_s;
}

QList<HostileInput> hostileInputs()
{
    const QString sql = sqlFragment();
    const QByteArray sqlUtf8 = sql.toUtf8();
    const QByteArray sqlJson = QByteArray(sqlUtf8).replace("\"", "\\\"");
    const QByteArray sqlCsv = '"' + QByteArray(sqlUtf8).replace("\"", "\"\"") + '"';
    const QString tenMegabytes(10'000'000, u'x');
    QList<HostileInput> list;
    const auto refuse = [&](const QString &format, const QString &name, const QByteArray &bytes,
                            const QStringList &mustSay, bool kept = true) {
        list.append({ name, format, bytes, false, mustSay, {}, kept });
    };
    const auto accept = [&](const QString &format, const QString &name, const QByteArray &bytes,
                            const QStringList &keeps) {
        list.append({ name, format, bytes, true, {}, keeps, true });
    };

    // Valuemap JSON.
    const QString json = u"json"_s;
    accept(json, u"plain"_s, plan(), { u"Browse beans"_s });
    refuse(json, u"estimate-nan"_s, planText("\"estimate\": 3", "\"estimate\": NaN"), { u"line"_s });
    refuse(json, u"estimate-infinity"_s, planText("\"estimate\": 3", "\"estimate\": Infinity"), { u"line"_s });
    refuse(json, u"estimate-overflow"_s, planText("\"estimate\": 3", "\"estimate\": 1e999"), { u"line 53"_s });
    refuse(json, u"estimate-negative"_s, plan(setField(u"story"_s, 0, u"estimate"_s, -5)),
        { u"estimate"_s, u"Browse beans"_s });
    refuse(json, u"business-value-1e20"_s, planText("\"business_value\": 5", "\"business_value\": 1e20"),
        { u"business_value"_s, u"1e+20"_s });
    refuse(json, u"estimate-as-text"_s, plan(setField(u"story"_s, 0, u"estimate"_s, u"3"_s)),
        { u"estimate"_s, u"number"_s });
    accept(json, u"nul-in-title"_s, planText("\"Browse beans\"", "\"Browse\\u0000 beans\""),
        { u"Browse beans"_s });
    accept(json, u"control-characters"_s, planText("\"What it does\"", "\"What\\u0007 it\\u001b does\""),
        { u"What it does"_s });
    accept(json, u"tags-differing-in-case"_s, plan([](QJsonObject &root) {
        QJsonObject tables = root[u"tables"_s].toObject();
        tables[u"tag"_s] = QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"name"_s, u"UX"_s }, { u"color"_s, u""_s } },
            QJsonObject { { u"id"_s, 2 }, { u"name"_s, u"ux"_s }, { u"color"_s, u""_s } } };
        tables[u"story_tag"_s] = QJsonArray {
            QJsonObject { { u"id"_s, 1 }, { u"story_id"_s, 1 }, { u"tag_id"_s, 1 } },
            QJsonObject { { u"id"_s, 2 }, { u"story_id"_s, 1 }, { u"tag_id"_s, 2 } },
            QJsonObject { { u"id"_s, 3 }, { u"story_id"_s, 2 }, { u"tag_id"_s, 2 } } };
        root[u"tables"_s] = tables;
    }), { u"UX"_s });
    refuse(json, u"release-date-banana"_s, plan(setField(u"release"_s, 0, u"target_date"_s, u"banana"_s)),
        { u"target date"_s, u"banana"_s, u"YYYY-MM-DD"_s });
    refuse(json, u"release-date-german"_s, plan(setField(u"release"_s, 0, u"target_date"_s, u"31.02.2026"_s)),
        { u"target date"_s, u"31.02.2026"_s });
    refuse(json, u"release-date-february-31"_s, plan(setField(u"release"_s, 0, u"target_date"_s, u"2026-02-31"_s)),
        { u"target date"_s, u"2026-02-31"_s });
    refuse(json, u"timestamp-banana"_s, plan(setField(u"story"_s, 1, u"created_at"_s, u"banana"_s)),
        { u"creation time"_s, u"Pay"_s });
    refuse(json, u"vote-state-77"_s, plan(setField(u"vote"_s, 0, u"state"_s, 77)), { u"state"_s, u"77"_s });
    refuse(json, u"vote-dots-9e18"_s, planText("\"dots_per_participant\": 3", "\"dots_per_participant\": 9000000000000000000"),
        { u"dots per participant"_s });
    refuse(json, u"status-negative"_s, plan(setField(u"story"_s, 0, u"status"_s, -1)), { u"status"_s });
    refuse(json, u"version-as-text"_s, plan([](QJsonObject &root) { root[u"version"_s] = u"1"_s; }),
        { u"version"_s, u"must be a number"_s });
    refuse(json, u"version-2"_s, plan([](QJsonObject &root) { root[u"version"_s] = 2; }), { u"version 2"_s });
    refuse(json, u"version-not-whole"_s, planText("    \"version\": 1", "    \"version\": 1.0000000000000002"),
        { u"whole number"_s, u"1.0000000000000002"_s });
    refuse(json, u"story-on-missing-step"_s, plan(setField(u"story"_s, 1, u"step_id"_s, 99)),
        { u"step id 99"_s, u"Pay"_s });
    // Found by hostile testing: without its tables, a plan JSON made an empty plan.
    refuse(json, u"tables-missing"_s, plan([](QJsonObject &root) { root.remove(u"tables"_s); }),
        { u"“tables”"_s, u"missing"_s });
    refuse(json, u"tables-a-list"_s, plan([](QJsonObject &root) { root[u"tables"_s] = QJsonArray(); }),
        { u"“tables”"_s, u"not an object"_s });
    refuse(json, u"duplicate-tables-key"_s, planText("    \"version\": 1", "    \"tables\": {},\n    \"version\": 1"),
        { u"“tables”"_s, u"line"_s });
    refuse(json, u"duplicate-key-in-row"_s, planText("\"title\": \"Pay\"", "\"title\": \"Pay\", \"title\": \"Refund\""),
        { u"“title”"_s, u"line"_s });
    refuse(json, u"duplicate-key-escaped"_s, planText("\"title\": \"Pay\"", "\"title\": \"Pay\", \"ti\\u0074le\": \"Refund\""),
        { u"“title”"_s, u"line"_s });
    accept(json, u"lone-surrogate-quote-title"_s, planText("\"Browse beans\"", "\"\\ud800" + sqlJson + "\""), { sql });
    accept(json, u"lone-surrogate-quote-client"_s, planText("\"Client Co.\"", "\"\\udc00" + sqlJson + "\""), { sql });
    refuse(json, u"lone-surrogate-quote-colour"_s, planText("\"#f7d794\"", "\"\\ud800'#f7d794\""),
        { u"colour"_s, u"#rrggbb"_s });
    refuse(json, u"colour-sql"_s, plan(setField(u"activity"_s, 0, u"color"_s, sql)), { u"colour"_s, u"Choose"_s });
    accept(json, u"sql-everywhere"_s, planWithEveryText(sql), { sql });
    // Markup in every text, for the exports that write XML (the map's SVG took the product
    // name into its title as markup).
    accept(json, u"markup-everywhere"_s, planWithEveryText(markupFragment()), { markupFragment() });
    refuse(json, u"title-10mb"_s, plan(setField(u"story"_s, 0, u"title"_s, tenMegabytes)),
        { u"title"_s, u"1,000,000"_s }, false);
    refuse(json, u"deeply-nested"_s, deepJson(2000), { u"nests deeper"_s, u"Line 1"_s });
    refuse(json, u"ids-collide"_s, plan(setField(u"story"_s, 1, u"id"_s, 1)), { u"id"_s, u"story"_s });
    accept(json, u"huge-ids"_s, plan([](QJsonObject &root) {
        setField(u"story"_s, 1, u"id"_s, 9000000000000000000.0)(root);
    }), { u"Pay"_s });
    refuse(json, u"id-beyond-64-bits"_s, planText("\"id\": 2,", "\"id\": 1e19,"), { u"id"_s });
    refuse(json, u"rank-negative"_s, plan(setField(u"activity"_s, 0, u"rank"_s, -1)), { u"rank"_s });
    accept(json, u"byte-order-mark"_s, "\xEF\xBB\xBF" + plan(), { u"Browse beans"_s });
    // U+FEFF at the start of a value, escaped or as bytes: a UTF-8 reader takes it for a byte
    // order mark and drops it, so a plan holding it would not read back as written.
    accept(json, u"mark-starts-title"_s, planText("\"Browse beans\"", "\"\\ufeffBrowse beans\""),
        { u"Browse beans"_s });
    accept(json, u"mark-bytes-start-title"_s, planText("\"Browse beans\"", "\"\xEF\xBB\xBF" "Browse beans\""),
        { u"Browse beans"_s });
    refuse(json, u"not-utf8"_s, planText("Browse beans", "Browse \xff\xfe beans"), { u"line"_s });
    refuse(json, u"not-an-object"_s, "[1, 2, 3]\n", { u"format"_s });
    refuse(json, u"empty"_s, "", { u"JSON"_s });

    // storymaps.io JSON.
    const QString maps = u"storymaps"_s;
    accept(maps, u"plain"_s, storymap(), { u"Sow seeds"_s });
    refuse(maps, u"points-negative"_s, storymap(QJsonObject { { u"name"_s, u"Dig"_s }, { u"points"_s, -3 } }),
        { u"estimate"_s, u"Dig"_s });
    refuse(maps, u"points-nan-text"_s, storymap(QJsonObject { { u"name"_s, u"Dig"_s }, { u"points"_s, u"NaN"_s } }),
        { u"estimate"_s, u"Dig"_s });
    refuse(maps, u"points-overflow"_s, storymapText("\"points\": 3", "\"points\": 1e999"), { u"line 22"_s });
    refuse(maps, u"points-infinity"_s, storymapText("\"points\": 3", "\"points\": Infinity"), { u"line"_s });
    accept(maps, u"lone-surrogate-quote-title"_s, storymapText("\"Sow seeds\"", "\"\\ud800" + sqlJson + "\""), { sql });
    accept(maps, u"lone-surrogate-quote-colour"_s, storymapText("\"#fde68a\"", "\"\\ud800" + sqlJson + "\""),
        { u"Sow seeds"_s });
    accept(maps, u"sql-everywhere"_s, storymap(QJsonObject { { u"name"_s, sql }, { u"body"_s, sql },
        { u"tags"_s, QJsonArray { sql } } }, sql), { sql });
    refuse(maps, u"duplicate-slices-key"_s, storymapText("\"steps\":", "\"slices\": [],\n    \"steps\":"),
        { u"“slices”"_s, u"line"_s });
    refuse(maps, u"version-as-text"_s, storymapText("\"v\": 1", "\"v\": \"1\""), { u"“v”"_s, u"number"_s });
    refuse(maps, u"activities-as-object"_s,
        "{\"app\": \"storymap\", \"v\": 1, \"activities\": {\"a\": 1}, \"steps\": [], \"slices\": []}\n",
        { u"“activities”"_s, u"list"_s });
    refuse(maps, u"deeply-nested"_s, deepJson(5000), { u"nests deeper"_s });
    refuse(maps, u"title-10mb"_s, storymap(QJsonObject { { u"name"_s, tenMegabytes } }), { u"title"_s, u"1,000,000"_s }, false);
    refuse(maps, u"name-10mb"_s, storymap({}, tenMegabytes), { u"product"_s, u"1,000,000"_s }, false);
    accept(maps, u"tags-differing-in-case"_s, storymap(QJsonObject { { u"name"_s, u"Dig"_s },
        { u"tags"_s, QJsonArray { u"UX"_s, u"ux"_s } } }), { u"UX"_s });
    accept(maps, u"byte-order-mark"_s, "\xEF\xBB\xBF" + storymap(), { u"Sow seeds"_s });
    accept(maps, u"mark-starts-title"_s, storymapText("\"Sow seeds\"", "\"\\ufeffSow seeds\""),
        { u"Sow seeds"_s });

    // Stories CSV.
    const QString stories = u"csv"_s;
    accept(stories, u"plain"_s, csv("Choose,Pick,MVP,Browse beans,,3,5,To do,UX"), { u"Browse beans"_s });
    // A column name the import reports as not imported, with a terminal's escape sequences
    // and a direction override in it: reported inert.
    accept(stories, u"escape-in-column-name"_s,
        "Title,\x1b]0;PWNED\x07\x1b[2J\xe2\x80\xae" "Colour\nBrowse beans,red\n", { u"Browse beans"_s });
    refuse(stories, u"estimate-nan"_s, csv("Choose,Pick,MVP,Browse beans,,nan,5,To do,"), { u"Line 2"_s, u"estimate"_s });
    refuse(stories, u"estimate-infinity"_s, csv("Choose,Pick,MVP,Browse beans,,inf,5,To do,"), { u"Line 2"_s, u"estimate"_s });
    refuse(stories, u"estimate-overflow"_s, csv("Choose,Pick,MVP,Browse beans,,1e999,5,To do,"), { u"Line 2"_s, u"Estimate"_s });
    refuse(stories, u"estimate-negative"_s, csv("Choose,Pick,MVP,Browse beans,,-2,5,To do,"), { u"Line 2"_s, u"estimate"_s });
    refuse(stories, u"value-1e20"_s, csv("Choose,Pick,MVP,Browse beans,,3,1e20,To do,"), { u"Line 2"_s, u"Value"_s });
    refuse(stories, u"value-beyond-range"_s, csv("Choose,Pick,MVP,Browse beans,,3,9000000000000000000,To do,"),
        { u"Line 2"_s, u"business value"_s });
    refuse(stories, u"status-77"_s, csv("Choose,Pick,MVP,Browse beans,,3,5,77,"), { u"Line 2"_s, u"Status"_s });
    accept(stories, u"nul-in-title"_s, csv(QByteArray("Choose,Pick,MVP,Browse\0 beans,,3,5,To do,", 41)), { u"Browse beans"_s });
    accept(stories, u"tags-differing-in-case"_s, csv("Choose,Pick,MVP,Browse beans,,3,5,To do,\"UX, ux\""), { u"UX"_s });
    accept(stories, u"leading-tab-formula"_s, csv("Choose,Pick,MVP,\"\t=1+1\",,3,5,To do,"), { u"\t=1+1"_s });
    accept(stories, u"quoted-formula"_s, csv("Choose,Pick,MVP,'=SUM(A1:A9),'@cmd,3,5,To do,"),
        { u"=SUM(A1:A9)"_s, u"@cmd"_s });
    accept(stories, u"sql-everywhere"_s, csv(sqlCsv + ',' + sqlCsv + ',' + sqlCsv + ',' + sqlCsv + ',' + sqlCsv
                                               + ",3,5,To do," + sqlCsv), { sql });
    refuse(stories, u"lone-surrogate"_s, csv("Choose,Pick,MVP,\xED\xA0\x80'); DROP TABLE story;--,,3,5,To do,"),
        { u"UTF-8"_s });
    refuse(stories, u"not-utf8"_s, csv("Choose,Pick,MVP,Caf\xE9,,3,5,To do,"), { u"UTF-8"_s });
    accept(stories, u"byte-order-mark"_s, "\xEF\xBB\xBF" + csv("Choose,Pick,MVP,Browse beans,,3,5,To do,"),
        { u"Browse beans"_s });
    accept(stories, u"mark-starts-title-and-tag"_s,
        csv("Choose,\xEF\xBB\xBFPick,MVP,\xEF\xBB\xBF\xEF\xBB\xBF" "Browse beans,,3,5,To do,\"UX,\xEF\xBB\xBFux\""),
        { u"Pick"_s, u"Browse beans"_s, u"UX"_s });
    refuse(stories, u"unclosed-quote"_s, csv("Choose,Pick,MVP,\"Browse beans,,3,5,To do,"), { u"Line 2"_s });
    refuse(stories, u"too-many-fields"_s, csv("Choose,Pick,MVP,Browse beans,,3,5,To do,,x,y"), { u"Line 2"_s });
    refuse(stories, u"title-10mb"_s, csv("Choose,Pick,MVP," + tenMegabytes.toUtf8() + ",,3,5,To do,"),
        { u"Line 2"_s, u"title"_s, u"1,000,000"_s }, false);
    refuse(stories, u"tag-10mb"_s, csv("Choose,Pick,MVP,Browse beans,,3,5,To do," + tenMegabytes.toUtf8()),
        { u"Line 2"_s, u"tag name"_s }, false);
    refuse(stories, u"empty"_s, "", { u"empty"_s });

    // Measurements CSV (imported into a goal from the window; checked on the model).
    const QString measurements = u"measurements"_s;
    accept(measurements, u"plain"_s, "date,value,note\n2026-03-31,4.2,launch\n", { u"launch"_s });
    refuse(measurements, u"value-nan"_s, "date,value\n2026-03-31,nan\n", { u"line 2"_s, u"nan"_s });
    refuse(measurements, u"value-1e20"_s, "date,value\n2026-03-31,1e20\n", { u"line 2"_s, u"value"_s });
    refuse(measurements, u"date-german"_s, "date,value\n31.02.2026,4\n", { u"line 2"_s, u"31.02.2026"_s });
    refuse(measurements, u"date-year-1"_s, "date,value\n0001-01-01,4\n", { u"line 2"_s, u"date"_s });
    accept(measurements, u"nul-and-tab-in-note"_s, QByteArray("date,value,note\n2026-03-31,4,\"\tA\0B\"\n", 36),
        { u"\tAB"_s });
    accept(measurements, u"mark-starts-note"_s, "date,value,note\n2026-03-31,4,\xEF\xBB\xBFlaunch\n", { u"launch"_s });
    accept(measurements, u"sql-in-note"_s, "date,value,note\n2026-03-31,4," + sqlCsv + '\n', { sql });
    refuse(measurements, u"note-10mb"_s, "date,value,note\n2026-03-31,4," + tenMegabytes.toUtf8() + '\n',
        { u"line 2"_s, u"note"_s }, false);
    return list;
}

} // namespace Valuemap::Test
