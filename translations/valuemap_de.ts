<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Valuemap::CaptureBar</name>
    <message>
        <source>Capture:</source>
        <translation>Erfassen:</translation>
    </message>
    <message>
        <source>Type a card and press Enter — Esc when done</source>
        <translation>Karte eintippen und Enter drücken – Esc, wenn fertig</translation>
    </message>
    <message>
        <source>Text of the next card</source>
        <translation>Text der nächsten Karte</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) captured</source>
        <translation>
            <numerusform>%n Karte erfasst</numerusform>
            <numerusform>%n Karten erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Story map: %1</source>
        <translation>Story Map: %1</translation>
    </message>
    <message>
        <source>Vision: %1</source>
        <translation>Vision: %1</translation>
    </message>
</context>
<context>
    <name>Valuemap::ChartExport</name>
    <message>
        <source>Cannot save the chart as “%1”: name a file ending in .png or .pdf.</source>
        <translation>Das Diagramm kann nicht als „%1“ gespeichert werden: Geben Sie einen Dateinamen mit der Endung .png oder .pdf an.</translation>
    </message>
    <message>
        <source>There is nothing to chart yet: %1</source>
        <translation>Es gibt noch nichts darzustellen: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the chart could not be drawn into the file. Check the free disk space and try again.</source>
        <translation>„%1“ kann nicht geschrieben werden: Das Diagramm konnte nicht in die Datei gezeichnet werden. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz und die Zugriffsrechte des Ordners.</translation>
    </message>
</context>
<context>
    <name>Valuemap::ChartFactory</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Burn-up: delivered stories against scope</source>
        <translation>Burn-up: gelieferte Storys im Vergleich zum Umfang</translation>
    </message>
    <message>
        <source>Burn-up: delivered story points against scope</source>
        <translation>Burn-up: gelieferte Story Points im Vergleich zum Umfang</translation>
    </message>
    <message>
        <source>Delivery cadence</source>
        <translation>Lieferrhythmus</translation>
    </message>
    <message>
        <source>Lead time from story to delivery</source>
        <translation>Durchlaufzeit von der Story bis zur Lieferung</translation>
    </message>
    <message>
        <source>Value delivered per goal</source>
        <translation>Gelieferter Wert je Kundenziel</translation>
    </message>
    <message>
        <source>The plan has no customer goals yet. Add a goal with its metric and target on the Goals tab.</source>
        <translation>Der Plan hat noch keine Kundenziele. Legen Sie in der Ansicht „Kundenziele“ ein Kundenziel mit Messgröße und Zielwert an.</translation>
    </message>
    <message>
        <source>Pick a goal to chart.</source>
        <translation>Wählen Sie ein Kundenziel für das Diagramm aus.</translation>
    </message>
    <message>
        <source>“%1” has no measurements yet. Type them in or import a CSV file on the Goals tab to see the metric against its target.</source>
        <translation>„%1“ hat noch keine Messwerte. Geben Sie sie in der Ansicht „Kundenziele“ ein oder importieren Sie eine CSV-Datei, um die Messgröße im Vergleich zum Zielwert zu sehen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, lower is better</source>
        <translation>%1, niedriger ist besser</translation>
    </message>
    <message>
        <source>%1, higher is better</source>
        <translation>%1, höher ist besser</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Ausgangswert: %1</translation>
    </message>
    <message>
        <source>Target: %1 by %2</source>
        <translation>Zielwert: %1 bis %2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Delivered increment</source>
        <translation>Geliefertes Inkrement</translation>
    </message>
    <message>
        <source>%1 delivered on %2</source>
        <translation>%1 geliefert am %2</translation>
    </message>
    <message>
        <source>Metric at delivery</source>
        <translation>Messwert bei Lieferung</translation>
    </message>
    <message>
        <source>%1 delivered on %2
%3 on that day</source>
        <translation>%1 geliefert am %2
%3 an diesem Tag</translation>
    </message>
    <message>
        <source>The plan has no stories yet. Add stories on the Story Map tab to see delivered scope grow against the whole scope.</source>
        <translation>Der Plan hat noch keine Storys. Legen Sie in der Ansicht „Story Map“ Storys an, um zu sehen, wie der gelieferte Umfang im Vergleich zum Gesamtumfang wächst.</translation>
    </message>
    <message>
        <source>No story has an estimate yet. Estimate the stories, or count stories instead of story points.</source>
        <translation>Noch keine Story hat eine Schätzung. Schätzen Sie die Storys oder zählen Sie Storys statt Story Points.</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Storys</translation>
    </message>
    <message>
        <source>Story points</source>
        <translation>Story Points</translation>
    </message>
    <message>
        <source>Total scope (%1)</source>
        <translation>Gesamtumfang (%1)</translation>
    </message>
    <message>
        <source>%1: scope %2 %3</source>
        <translation>%1: Umfang %2 %3</translation>
    </message>
    <message>
        <source>Delivered (%1)</source>
        <translation>Geliefert (%1)</translation>
    </message>
    <message>
        <source>%1: %2 %3 delivered</source>
        <translation>%1: %2 %3 geliefert</translation>
    </message>
    <message>
        <source>Release target date</source>
        <translation>Zieldatum des Release</translation>
    </message>
    <message>
        <source>%1: target %2</source>
        <translation>%1: Zieldatum %2</translation>
    </message>
    <message>
        <source>No increment has been delivered yet. Deliver a release on the Releases tab to record what shipped and when.</source>
        <translation>Es wurde noch kein Inkrement geliefert. Liefern Sie in der Ansicht „Releases“ ein Release, um zu erfassen, was wann ausgeliefert wurde.</translation>
    </message>
    <message>
        <source>Delivery cadence: 1 increment so far; the days between increments show from the second</source>
        <translation>Lieferrhythmus: bisher 1 Inkrement; die Tage zwischen den Inkrementen erscheinen ab dem zweiten</translation>
    </message>
    <message numerus="yes">
        <source>Delivery cadence: %n increment(s)</source>
        <translation>
            <numerusform>Lieferrhythmus: %n Inkrement</numerusform>
            <numerusform>Lieferrhythmus: %n Inkremente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, one every %2 days on average</source>
        <translation>%1, im Durchschnitt eines alle %2 Tage</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Lieferdatum</translation>
    </message>
    <message>
        <source>Stories shipped</source>
        <translation>Ausgelieferte Storys</translation>
    </message>
    <message>
        <source>Increment (stories shipped)</source>
        <translation>Inkrement (ausgelieferte Storys)</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n story(ies)</source>
        <translation>
            <numerusform>%1 am %2: %n Story</numerusform>
            <numerusform>%1 am %2: %n Storys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the previous increment</source>
        <translation>
            <numerusform>%n Tag nach dem vorherigen Inkrement</numerusform>
            <numerusform>%n Tage nach dem vorherigen Inkrement</numerusform>
        </translation>
    </message>
    <message>
        <source>Days since previous increment</source>
        <translation>Tage seit dem vorherigen Inkrement</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%n Tag vor %1</numerusform>
            <numerusform>%n Tage vor %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No story has been delivered yet. Lead times appear when stories are done (deliver a release on the Releases tab).</source>
        <translation>Es wurde noch keine Story geliefert. Durchlaufzeiten erscheinen, sobald Storys erledigt sind (liefern Sie ein Release in der Ansicht „Releases“).</translation>
    </message>
    <message numerus="yes">
        <source>Lead time from story to delivery (median %n day(s))</source>
        <translation>
            <numerusform>Durchlaufzeit von der Story bis zur Lieferung (Median %n Tag)</numerusform>
            <numerusform>Durchlaufzeit von der Story bis zur Lieferung (Median %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Durchlaufzeit (Tage)</translation>
    </message>
    <message numerus="yes">
        <source>Median: %n day(s)</source>
        <translation>
            <numerusform>Median: %n Tag</numerusform>
            <numerusform>Median: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered story</source>
        <translation>Gelieferte Story</translation>
    </message>
    <message numerus="yes">
        <source>%1
created %2, delivered %3: %n day(s)</source>
        <translation>
            <numerusform>%1
angelegt am %2, geliefert am %3: %n Tag</numerusform>
            <numerusform>%1
angelegt am %2, geliefert am %3: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no customer goals yet. Add goals on the Goals tab and link the stories that serve them.</source>
        <translation>Der Plan hat noch keine Kundenziele. Legen Sie in der Ansicht „Kundenziele“ Kundenziele an und verknüpfen Sie die Storys, die darauf einzahlen.</translation>
    </message>
    <message>
        <source>No story serves a goal yet. Link stories to goals on the Goals tab or in the story details.</source>
        <translation>Noch keine Story zahlt auf ein Kundenziel ein. Verknüpfen Sie Storys mit Kundenzielen in der Ansicht „Kundenziele“ oder in den Story-Details.</translation>
    </message>
    <message>
        <source>The stories that serve goals have no estimates yet. Estimate them, or count stories instead of story points.</source>
        <translation>Die Storys, die auf Kundenziele einzahlen, haben noch keine Schätzungen. Schätzen Sie sie oder zählen Sie Storys statt Story Points.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>%1
%2 % delivered</source>
        <translation>%1
%2 % geliefert</translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4 delivered (%5 %)</source>
        <translation>%1: %2 von %3 %4 geliefert (%5 %)</translation>
    </message>
    <message>
        <source>The plan has no customer goals, so there is no goal chart.</source>
        <translation>Der Plan hat keine Kundenziele, daher gibt es kein Kundenziel-Diagramm.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” names no goal: the plan has %n goal(s), use goal:1 to goal:%n.</source>
        <translation>
            <numerusform>„%1“ bezeichnet kein Kundenziel: Der Plan hat %n Kundenziel, verwenden Sie goal:1 bis goal:%n.</numerusform>
            <numerusform>„%1“ bezeichnet kein Kundenziel: Der Plan hat %n Kundenziele, verwenden Sie goal:1 bis goal:%n.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart “%1”. The charts are: %2.</source>
        <translation>Es gibt kein Diagramm „%1“. Verfügbare Diagramme: %2.</translation>
    </message>
    <message>
        <source>Deployment frequency: increments per week</source>
        <translation>Deployment-Häufigkeit: Inkremente pro Woche</translation>
    </message>
    <message>
        <source>Value per increment: change of each goal&apos;s metric</source>
        <translation>Wert je Inkrement: Veränderung der Messgröße jedes Kundenziels</translation>
    </message>
    <message>
        <source>No increment has been delivered yet. Deliver a release on the Releases tab, or let your pipeline record one with valuemap record increment.</source>
        <translation>Es wurde noch kein Inkrement geliefert. Liefern Sie in der Ansicht „Releases“ ein Release oder lassen Sie Ihre Pipeline eines mit valuemap record increment erfassen.</translation>
    </message>
    <message>
        <source>%1 (median %2 a week, %3 a month)</source>
        <translation>%1 (Median %2 pro Woche, %3 pro Monat)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Increments per week</source>
        <translation>Inkremente pro Woche</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n increment(s)</source>
        <translation>
            <numerusform>Woche ab %1: %n Inkrement</numerusform>
            <numerusform>Woche ab %1: %n Inkremente</numerusform>
        </translation>
    </message>
    <message>
        <source>Median per week</source>
        <translation>Median pro Woche</translation>
    </message>
    <message>
        <source>Median: %1 increments a week</source>
        <translation>Median: %1 Inkremente pro Woche</translation>
    </message>
    <message>
        <source>The plan has no customer goals yet. Add goals on the Goals tab and link the releases or stories that serve them.</source>
        <translation>Der Plan hat noch keine Kundenziele. Legen Sie in der Ansicht „Kundenziele“ Kundenziele an und verknüpfen Sie die Releases oder Storys, die darauf einzahlen.</translation>
    </message>
    <message>
        <source>No increment that served a goal has a measurement before and after it yet. Measure the goals after each delivery (or let a metrics job record them).</source>
        <translation>Noch kein Inkrement, das auf ein Kundenziel einzahlt, hat einen Messwert davor und danach. Messen Sie die Kundenziele nach jeder Lieferung (oder lassen Sie einen Metrik-Job die Messwerte erfassen).</translation>
    </message>
    <message>
        <source>%1 after %2: %3 → %4 (%5)</source>
        <translation>%1 nach %2: %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>%1: %2 did not serve it, or nothing was measured after it</source>
        <translation>%1: %2 hat nicht darauf eingezahlt, oder danach wurde nichts gemessen</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Change of the metric</source>
        <translation>Veränderung der Messgröße</translation>
    </message>
    <message>
        <source>Time to respond to feedback</source>
        <translation>Reaktionszeit auf Feedback</translation>
    </message>
    <message>
        <source>No customer feedback has been recorded yet. Add feedback to an increment on the Increments tab (or let your support desk record it with valuemap record feedback), then make stories from it.</source>
        <translation>Es wurde noch kein Kundenfeedback erfasst. Erfassen Sie Feedback zu einem Inkrement in der Ansicht „Inkremente“ (oder lassen Sie Ihren Support es mit valuemap record feedback erfassen) und machen Sie dann Storys daraus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (median %n day(s))</source>
        <translation>
            <numerusform>%1 (Median %n Tag)</numerusform>
            <numerusform>%1 (Median %n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n still open</source>
        <translation>
            <numerusform>%1, %n noch offen</numerusform>
            <numerusform>%1, %n noch offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>Feedback gegeben</translation>
    </message>
    <message>
        <source>Days until delivered</source>
        <translation>Tage bis zur Lieferung</translation>
    </message>
    <message>
        <source>Median per month</source>
        <translation>Median pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>%1: median %n day(s) to respond</source>
        <translation>
            <numerusform>%1: Median %n Tag bis zur Reaktion</numerusform>
            <numerusform>%1: Median %n Tage bis zur Reaktion</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered: days until delivered</source>
        <translation>Beantwortet: Tage bis zur Lieferung</translation>
    </message>
    <message>
        <source>Still open: days so far</source>
        <translation>Noch offen: Tage bisher</translation>
    </message>
    <message numerus="yes">
        <source>“%1”
given %2; %3 not delivered yet: open for %n day(s)</source>
        <translation>
            <numerusform>„%1“
gegeben am %2; %3 noch nicht geliefert: seit %n Tag offen</numerusform>
            <numerusform>„%1“
gegeben am %2; %3 noch nicht geliefert: seit %n Tagen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”
given %2; no story made from it yet: open for %n day(s)</source>
        <translation>
            <numerusform>„%1“
gegeben am %2; noch keine Story daraus gemacht: seit %n Tag offen</numerusform>
            <numerusform>„%1“
gegeben am %2; noch keine Story daraus gemacht: seit %n Tagen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”
given %2; %3 delivered %4: %n day(s)</source>
        <translation>
            <numerusform>„%1“
gegeben am %2; %3 geliefert am %4: %n Tag</numerusform>
            <numerusform>„%1“
gegeben am %2; %3 geliefert am %4: %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::ChartsScreen</name>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>&amp;Measure scope in:</source>
        <translation>&amp;Umfang messen in:</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Storys</translation>
    </message>
    <message>
        <source>Story points (estimate)</source>
        <translation>Story Points (Schätzung)</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export Chart as P&amp;DF…</source>
        <translation>Diagramm als PD&amp;F exportieren…</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Kundenziel: %1</translation>
    </message>
    <message>
        <source>Goal metric over time</source>
        <translation>Messgröße des Kundenziels im Zeitverlauf</translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation>Burn-up</translation>
    </message>
    <message>
        <source>Delivery cadence</source>
        <translation>Lieferrhythmus</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Value delivered per goal</source>
        <translation>Gelieferter Wert je Kundenziel</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Deployment frequency</source>
        <translation>Deployment-Häufigkeit</translation>
    </message>
    <message>
        <source>Value per increment</source>
        <translation>Wert je Inkrement</translation>
    </message>
    <message>
        <source>Time to respond to feedback</source>
        <translation>Reaktionszeit auf Feedback</translation>
    </message>
</context>
<context>
    <name>Valuemap::Cli</name>
    <message>
        <source>valuemap check: name exactly one plan file, e.g. valuemap check plan.valuemap</source>
        <translation>valuemap check: Geben Sie genau eine Plandatei an, z. B. valuemap check plan.valuemap</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Format: Valuemap plan, file format %1</source>
        <translation>Format: Valuemap-Plan, Dateiformat %1</translation>
    </message>
    <message>
        <source>Result: the plan is sound.</source>
        <translation>Ergebnis: Der Plan ist in Ordnung.</translation>
    </message>
    <message>
        <source>Result: the plan has %1 problem(s):</source>
        <translation>Ergebnis: Der Plan hat %1 Problem(e):</translation>
    </message>
    <message>
        <source>valuemap: unknown command “%1”.</source>
        <translation>valuemap: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>valuemap export vision: %1 needs a value.</source>
        <translation>valuemap export vision: %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>valuemap export vision: unexpected “%1”.</source>
        <translation>valuemap export vision: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>valuemap export vision: name a plan and an output file, e.g. valuemap export vision plan.valuemap -o vision.pdf</source>
        <translation>valuemap export vision: Geben Sie einen Plan und eine Ausgabedatei an, z. B. valuemap export vision plan.valuemap -o vision.pdf</translation>
    </message>
    <message>
        <source>valuemap export vision: unknown page size “%1”; use a4 or letter.</source>
        <translation>valuemap export vision: unbekanntes Seitenformat „%1“; verwenden Sie a4 oder letter.</translation>
    </message>
    <message>
        <source>valuemap export vision: %1</source>
        <translation>valuemap export vision: %1</translation>
    </message>
    <message>
        <source>valuemap export vision: warning: %1</source>
        <translation>valuemap export vision: Warnung: %1</translation>
    </message>
    <message>
        <source>Wrote the vision statement of “%1” to %2.</source>
        <translation>Das Vision Statement von „%1“ wurde in %2 geschrieben.</translation>
    </message>
    <message>
        <source>valuemap export: say what to export, e.g. valuemap export vision plan.valuemap -o vision.pdf</source>
        <translation>valuemap export: Geben Sie an, was exportiert werden soll, z. B. valuemap export vision plan.valuemap -o vision.pdf</translation>
    </message>
    <message>
        <source>Usage: valuemap export vision FILE.valuemap -o OUT.pdf [--page a4|letter] [--force]</source>
        <translation>Aufruf: valuemap export vision FILE.valuemap -o OUT.pdf [--page a4|letter] [--force]</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3, not “%4”.</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>valuemap %1: %2. Nothing was written. Choose another name, or add --force to replace it.</source>
        <translation>valuemap %1: %2. Es wurde nichts geschrieben. Wählen Sie einen anderen Namen oder geben Sie --force an, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>valuemap %1: %2. Nothing was written.</source>
        <translation>valuemap %1: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>valuemap %1: %2</source>
        <translation>valuemap %1: %2</translation>
    </message>
    <message>
        <source>valuemap %1: warning: %2</source>
        <translation>valuemap %1: Warnung: %2</translation>
    </message>
    <message>
        <source>Run “valuemap check %1” for the whole account; “valuemap export json %1 -o rescued.json --salvage” saves the rows that are sound.</source>
        <translation>Führen Sie „valuemap check %1“ aus, um alle Probleme zu sehen; „valuemap export json %1 -o rescued.json --salvage“ sichert die einwandfreien Zeilen.</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>A server plan needs both --server CONN and --plan NAME (see valuemap server list --server CONN for the names).</source>
        <translation>Ein Server-Plan braucht sowohl --server CONN als auch --plan NAME (die Namen zeigt valuemap server list --server CONN).</translation>
    </message>
    <message>
        <source>plan “%1” on the server</source>
        <translation>Plan „%1“ auf dem Server</translation>
    </message>
    <message>
        <source>To recover, pull the rows that are sound into a new plan:
  valuemap export json %1 -o rescued.json --salvage
  valuemap import json rescued.json -o rescued.valuemap
%2</source>
        <translation>Zum Retten übernehmen Sie die einwandfreien Zeilen in einen neuen Plan:
  valuemap export json %1 -o rescued.json --salvage
  valuemap import json rescued.json -o rescued.valuemap
%2</translation>
    </message>
    <message>
        <source>then publish that under a new name, or ask the plan&apos;s owners which change to take back.</source>
        <translation>und veröffentlichen Sie diesen unter einem neuen Namen, oder fragen Sie die Eigentümer des Plans, welche Änderung zurückzunehmen ist.</translation>
    </message>
    <message>
        <source>or restore the file from a backup.</source>
        <translation>oder stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>valuemap %1: %2 has %n problem(s), so nothing was written:</source>
        <translation>
            <numerusform>valuemap %1: %2 hat %n Problem, daher wurde nichts geschrieben:</numerusform>
            <numerusform>valuemap %1: %2 hat %n Probleme, daher wurde nichts geschrieben:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::CliCharts</name>
    <message>
        <source>valuemap export chart: --unit is “stories” or “estimate”, not “%1”.</source>
        <translation>valuemap export chart: --unit muss „stories“ oder „estimate“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>valuemap export chart: name a chart, a plan and an output file, e.g. valuemap export chart burnup plan.valuemap -o burnup.png</source>
        <translation>valuemap export chart: Geben Sie ein Diagramm, einen Plan und eine Ausgabedatei an, z. B. valuemap export chart burnup plan.valuemap -o burnup.png</translation>
    </message>
    <message>
        <source>valuemap export chart: %1</source>
        <translation>valuemap export chart: %1</translation>
    </message>
    <message>
        <source>valuemap export chart: nothing to chart in “%1”: %2</source>
        <translation>valuemap export chart: In „%1“ gibt es nichts darzustellen: %2</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>„%1“ gespeichert in %2</translation>
    </message>
    <message>
        <source>  valuemap export chart NAME FILE.valuemap -o OUT.png|OUT.pdf [--unit stories|estimate]
                                  [--force]
                                  save a chart: goal, goal:N, burnup, cadence, leadtime, value, frequency, increments, feedback</source>
        <translation>  valuemap export chart NAME FILE.valuemap -o OUT.png|OUT.pdf [--unit stories|estimate]
                                  [--force]
                                  Diagramm speichern: goal, goal:N, burnup, cadence, leadtime, value, frequency, increments, feedback</translation>
    </message>
</context>
<context>
    <name>Valuemap::CliFormats</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Check that the folder exists and is writable.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>name a format, an input file and -o OUT.valuemap.</source>
        <translation>Geben Sie ein Format, eine Eingabedatei und -o OUT.valuemap an.</translation>
    </message>
    <message>
        <source>unknown format “%1”.</source>
        <translation>unbekanntes Format „%1“.</translation>
    </message>
    <message>
        <source>valuemap import: “%1”: %2 Nothing was created.</source>
        <translation>valuemap import: „%1“: %2 Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Created “%1” with %2.</source>
        <translation>„%1“ angelegt mit %2.</translation>
    </message>
    <message>
        <source>name a format, a plan file and -o OUT.</source>
        <translation>Geben Sie ein Format, eine Plandatei und -o OUT an.</translation>
    </message>
    <message>
        <source>--separator must be , or ;</source>
        <translation>--separator muss , oder ; sein</translation>
    </message>
    <message>
        <source>--epics must be activity or step</source>
        <translation>--epics muss activity oder step sein</translation>
    </message>
    <message>
        <source>unknown page size “%1”.</source>
        <translation>unbekanntes Seitenformat „%1“.</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>„%1“ geschrieben.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper muss a4 oder letter sein.</translation>
    </message>
    <message>
        <source>--map must be fit or tiled.</source>
        <translation>--map muss fit oder tiled sein.</translation>
    </message>
    <message>
        <source>--date “%1” is not a date; use YYYY-MM-DD.</source>
        <translation>--date „%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Usage: valuemap import FORMAT IN -o OUT.valuemap [--force]
Creates a new plan from a file of another format.
  FORMAT   json (Valuemap JSON), csv (stories CSV), storymaps (storymaps.io JSON)
  -o FILE  the new plan; an existing file is replaced only with --force, and never
           the input, a plan open in a running Valuemap, a folder, a device or a pipe
Exit codes: 0 done, 1 the input is malformed or holds a bad value (the message names
the line or field), 2 wrong usage, an input that cannot be read or an output that
cannot be written.</source>
        <translation>Aufruf: valuemap import FORMAT IN -o OUT.valuemap [--force]
Legt einen neuen Plan aus einer Datei in einem anderen Format an.
  FORMAT   json (Valuemap-JSON), csv (Storys als CSV), storymaps (storymaps.io-JSON)
  -o FILE  der neue Plan; eine vorhandene Datei wird nur mit --force ersetzt, niemals
           aber die Eingabe, ein in einem laufenden Valuemap geöffneter Plan, ein
           Ordner, ein Gerät oder eine Pipe
Exit-Codes: 0 erledigt, 1 die Eingabe ist fehlerhaft oder enthält einen
ungültigen Wert (die Meldung nennt die Zeile oder das Feld), 2 falscher Aufruf,
eine nicht lesbare Eingabe oder eine Ausgabe, die nicht geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Usage: valuemap export FORMAT FILE.valuemap -o OUT [options]
  json        the whole plan as Valuemap JSON (lossless)
  csv         one row per story   [--separator ,|;] [--bom]
  storymaps   storymaps.io JSON (v1)
  jira        CSV for Jira&apos;s importer   [--epics activity|step]
  map-pdf     the story map as PDF   [--tiled] [--page A4|A3|Letter|Legal|Tabloid]
              [--portrait|--landscape (default: the map&apos;s shape; tiled: landscape)]
              [--scale 0.5..2 (tiled: map size on paper, default 0.75)]
  map-png     the story map as PNG   [--dpi N (96 = 100 %, default 144)]
  map-svg     the story map as SVG
  handout     the client handout PDF: cover, vision, map, release plan, goal charts
              [--paper a4|letter] [--map fit|tiled] [--client NAME] [--date YYYY-MM-DD]
  --force     replace an existing Valuemap plan (never the plan read, nor one open in a
              running Valuemap); other existing files are replaced without it
  --salvage   (json) write only the rows that are sound, from a plan that failed its
              checks, and list what was left out
Exit codes: 0 done, 1 the plan has problems (listed; nothing is written), 2 wrong
usage, a plan that cannot be read or an output that cannot be written.</source>
        <translation>Aufruf: valuemap export FORMAT FILE.valuemap -o OUT [options]
  json        der ganze Plan als Valuemap-JSON (verlustfrei)
  csv         eine Zeile pro Story   [--separator ,|;] [--bom]
  storymaps   storymaps.io-JSON (v1)
  jira        CSV für den Jira-Importer   [--epics activity|step]
  map-pdf     die Story Map als PDF   [--tiled] [--page A4|A3|Letter|Legal|Tabloid]
              [--portrait|--landscape (Standard: Form der Map; mit --tiled: landscape)]
              [--scale 0.5..2 (mit --tiled: Größe der Map auf Papier, Standard 0.75)]
  map-png     die Story Map als PNG   [--dpi N (96 = 100 %, Standard 144)]
  map-svg     die Story Map als SVG
  handout     das Kunden-Handout als PDF: Deckblatt, Vision, Map, Releaseplan,
              Kundenziel-Diagramme
              [--paper a4|letter] [--map fit|tiled] [--client NAME] [--date YYYY-MM-DD]
  --force     einen vorhandenen Valuemap-Plan ersetzen (nie den gelesenen Plan und
              keinen, der in einem laufenden Valuemap geöffnet ist); andere vorhandene
              Dateien werden auch ohne diese Option ersetzt
  --salvage   (json) nur die einwandfreien Zeilen eines Plans schreiben, der die
              Prüfung nicht bestanden hat, und auflisten, was weggelassen wurde
Exit-Codes: 0 erledigt, 1 der Plan hat Probleme (aufgelistet; es wird nichts
geschrieben), 2 falscher Aufruf, ein nicht lesbarer Plan oder eine Ausgabe, die nicht
geschrieben werden kann.</translation>
    </message>
    <message>
        <source>valuemap import: cannot read “%1”: %2. Check the name and the permissions.</source>
        <translation>valuemap import: „%1“ kann nicht gelesen werden: %2. Prüfen Sie den Namen und die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>valuemap import: “%1”: %2 %3: %4. Nothing was created.</source>
        <translation>valuemap import: „%1“: %2 %3: %4. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>--salvage works with json only: valuemap export json PLAN -o rescued.json --salvage</source>
        <translation>--salvage funktioniert nur mit json: valuemap export json PLAN -o rescued.json --salvage</translation>
    </message>
    <message>
        <source>every row is sound; nothing was left out</source>
        <translation>alle Zeilen sind einwandfrei; es wurde nichts weggelassen</translation>
    </message>
    <message numerus="yes">
        <source>left out %n row(s) that are not sound:</source>
        <translation>
            <numerusform>%n nicht einwandfreie Zeile weggelassen:</numerusform>
            <numerusform>%n nicht einwandfreie Zeilen weggelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>make a plan of it: valuemap import json %1 -o rescued.valuemap</source>
        <translation>daraus einen Plan machen: valuemap import json %1 -o rescued.valuemap</translation>
    </message>
    <message>
        <source>nothing was left out</source>
        <translation>nichts wurde weggelassen</translation>
    </message>
    <message numerus="yes">
        <source>kept %n row(s) without the invisible mark their text began with:</source>
        <translation>
            <numerusform>%n Zeile ohne die unsichtbare Markierung am Anfang ihres Textes behalten:</numerusform>
            <numerusform>%n Zeilen ohne die unsichtbare Markierung am Anfang ihres Textes behalten:</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>valuemap import: “%1” is %2 MB; Valuemap imports files of up to %3 MB. Check that it is the file you meant.</source>
        <translation>valuemap import: „%1“ ist %2 MB groß; Valuemap importiert Dateien bis %3 MB. Prüfen Sie, ob es die gemeinte Datei ist.</translation>
    </message>
</context>
<context>
    <name>Valuemap::CliRecord</name>
    <message>
        <source>valuemap record: %1</source>
        <translation>valuemap record: %1</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
    <message>
        <source>valuemap record: %1 is open in %2%3; nothing was written. Close it there, or give it time with --wait SECONDS (a plan on a team server is never busy).</source>
        <translation>valuemap record: %1 ist in %2%3 geöffnet; es wurde nichts geschrieben. Schließen Sie den Plan dort oder geben Sie ihm mit --wait SEKUNDEN Zeit (ein Plan auf einem Team-Server ist nie belegt).</translation>
    </message>
    <message>
        <source> (waited %1 s)</source>
        <translation> (%1 s gewartet)</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>say what to record: increment, measurement or feedback.</source>
        <translation>Geben Sie an, was erfasst werden soll: increment, measurement oder feedback.</translation>
    </message>
    <message>
        <source>unknown kind “%1”; record increment, measurement or feedback.</source>
        <translation>unbekannte Art „%1“; erfassen Sie increment, measurement oder feedback.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>“%1” is no option of record %2.</source>
        <translation>„%1“ ist keine Option von record %2.</translation>
    </message>
    <message>
        <source>unexpected “%1”: name one plan.</source>
        <translation>unerwartetes Argument „%1“: Geben Sie einen einzigen Plan an.</translation>
    </message>
    <message>
        <source>name the plan, e.g. valuemap record %1 plan.valuemap …</source>
        <translation>Geben Sie den Plan an, z. B. valuemap record %1 plan.valuemap …</translation>
    </message>
    <message>
        <source>--event-id ID is required: a re-run with the same id changes nothing (use the pipeline&apos;s job id).</source>
        <translation>--event-id ID ist erforderlich: Ein erneuter Aufruf mit derselben ID ändert nichts (verwenden Sie die Job-ID der Pipeline).</translation>
    </message>
    <message>
        <source>--release NAME is required.</source>
        <translation>--release NAME ist erforderlich.</translation>
    </message>
    <message>
        <source>--goal NAME and --value NUMBER are required.</source>
        <translation>--goal NAME und --value NUMBER sind erforderlich.</translation>
    </message>
    <message>
        <source>give either --increment VERSION or --story KEY.</source>
        <translation>Geben Sie entweder --increment VERSION oder --story KEY an.</translation>
    </message>
    <message>
        <source>--text TEXT is required.</source>
        <translation>--text TEXT ist erforderlich.</translation>
    </message>
    <message>
        <source>--wait takes seconds from 0 to 86400, not “%1”.</source>
        <translation>--wait erwartet Sekunden von 0 bis 86400, nicht „%1“.</translation>
    </message>
    <message>
        <source>valuemap record %1: %2: %3; nothing was written.</source>
        <translation>valuemap record %1: %2: %3; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>valuemap record %1: %2: %3</source>
        <translation>valuemap record %1: %2: %3</translation>
    </message>
    <message>
        <source>valuemap record %1: %2</source>
        <translation>valuemap record %1: %2</translation>
    </message>
    <message>
        <source>Already recorded: %1</source>
        <translation>Bereits erfasst: %1</translation>
    </message>
    <message>
        <source>Dry run: would record this %1 (nothing was written):</source>
        <translation>Probelauf: Dieser Eintrag (%1) würde erfasst (es wurde nichts geschrieben):</translation>
    </message>
    <message>
        <source>Recorded %1 (event “%2”) in %3:</source>
        <translation>%1 (Ereignis „%2“) in %3 erfasst:</translation>
    </message>
    <message>
        <source>Usage:
  valuemap record increment PLAN --release NAME [--date ISO] [--version V] [--commit SHA]
                  [--environment ENV] [--note TEXT] [--stories KEY,KEY…] --event-id ID
  valuemap record measurement PLAN --goal NAME --value NUMBER [--date ISO] [--note TEXT]
                  --event-id ID
  valuemap record feedback PLAN (--increment VERSION|--story KEY) --text TEXT
                  [--score 1-5] [--date ISO] --event-id ID
  common options: [--json] [--dry-run] [--wait SECONDS] [--source NAME]
Exit codes: 0 recorded or already recorded, 1 a bad value or an event id reused for other
content (nothing written), 2 usage or the plan cannot be opened, 3 the plan is open in
Valuemap (or another program) after --wait seconds.</source>
        <translation>Aufruf:
  valuemap record increment PLAN --release NAME [--date ISO] [--version V] [--commit SHA]
                  [--environment ENV] [--note TEXT] [--stories KEY,KEY…] --event-id ID
  valuemap record measurement PLAN --goal NAME --value NUMBER [--date ISO] [--note TEXT]
                  --event-id ID
  valuemap record feedback PLAN (--increment VERSION|--story KEY) --text TEXT
                  [--score 1-5] [--date ISO] --event-id ID
  gemeinsame Optionen: [--json] [--dry-run] [--wait SECONDS] [--source NAME]
Exit-Codes: 0 erfasst oder bereits erfasst, 1 ein ungültiger Wert oder eine Ereignis-ID,
die für anderen Inhalt wiederverwendet wurde (nichts geschrieben), 2 falscher Aufruf oder
der Plan kann nicht geöffnet werden, 3 der Plan ist nach --wait Sekunden noch in Valuemap
(oder einem anderen Programm) geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>other changes to %1 came first %n time(s) in a row; nothing was written. Run the same command again.</source>
        <translation>
            <numerusform>andere Änderungen an %1 kamen %n Mal in Folge zuerst; nichts wurde geschrieben. Führen Sie denselben Befehl erneut aus.</numerusform>
            <numerusform>andere Änderungen an %1 kamen %n Mal in Folge zuerst; nichts wurde geschrieben. Führen Sie denselben Befehl erneut aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valuemap record: %1 has %n problem(s), so nothing was written (valuemap check %2 lists them).</source>
        <translation>
            <numerusform>valuemap record: %1 hat %n Problem, daher wurde nichts geschrieben (valuemap check %2 führt es auf).</numerusform>
            <numerusform>valuemap record: %1 hat %n Probleme, daher wurde nichts geschrieben (valuemap check %2 führt sie auf).</numerusform>
        </translation>
    </message>
    <message>
        <source>valuemap record: warning: %1</source>
        <translation>valuemap record: Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Valuemap::CliServer</name>
    <message>
        <source>--add needs a role and a level, e.g. --add bob editor (one role per command).</source>
        <translation>--add braucht eine Rolle und eine Zugriffsstufe, z. B. --add bob editor (eine Rolle pro Befehl).</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Role “%1” is a member of no plan on %2.</source>
        <translation>Die Rolle „%1“ ist auf %2 Mitglied keines Plans.</translation>
    </message>
    <message>
        <source>name exactly one plan file to publish.</source>
        <translation>Geben Sie genau eine Plandatei zum Veröffentlichen an.</translation>
    </message>
    <message>
        <source>“%1” has problems (see valuemap check); only a sound plan is published.</source>
        <translation>„%1“ hat Probleme (siehe valuemap check); nur ein einwandfreier Plan wird veröffentlicht.</translation>
    </message>
    <message>
        <source>Published “%1” as plan “%2” on %3; role “%4” is its owner.</source>
        <translation>„%1“ wurde als Plan „%2“ auf %3 veröffentlicht; Eigentümer ist die Rolle „%4“.</translation>
    </message>
    <message>
        <source>name the plan and the file to write, e.g. --plan Roadmap -o roadmap.valuemap.</source>
        <translation>Geben Sie den Plan und die zu schreibende Datei an, z. B. --plan Roadmap -o roadmap.valuemap.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or add --force to replace it.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen anderen Namen oder geben Sie --force an, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Wrote plan “%1” from %2 to “%3” (%4).</source>
        <translation>Plan „%1“ von %2 nach „%3“ geschrieben (%4).</translation>
    </message>
    <message>
        <source>name the plan with --plan NAME.</source>
        <translation>Geben Sie den Plan mit --plan NAME an.</translation>
    </message>
    <message>
        <source>“%1” is no level: use viewer, editor or owner.</source>
        <translation>„%1“ ist keine Zugriffsstufe: Verwenden Sie viewer, editor oder owner.</translation>
    </message>
    <message>
        <source>Role “%1” now has the level %2 on plan “%3”.</source>
        <translation>Die Rolle „%1“ hat jetzt die Zugriffsstufe %2 für den Plan „%3“.</translation>
    </message>
    <message>
        <source>Role “%1” is no longer a member of plan “%2”.</source>
        <translation>Die Rolle „%1“ ist kein Mitglied des Plans „%2“ mehr.</translation>
    </message>
    <message>
        <source>Team server (PostgreSQL; CONN is a libpq connection string: service=NAME,
&quot;host=/var/run/postgresql dbname=valuemap&quot; or postgresql://USER@HOST/DATABASE):
  valuemap server init --server CONN           create or upgrade the Valuemap schema
  valuemap server list --server CONN           the plans your role may see
  valuemap server publish PLAN.valuemap --server CONN [--name NAME]
                                               copy a plan to the server (you own it)
  valuemap server pull --server CONN --plan NAME -o OUT.valuemap [--force]
                                               copy a server plan into a new file
  valuemap server members --server CONN --plan NAME [--add ROLE viewer|editor|owner]
                                               [--remove ROLE]   (owners only)</source>
        <translation>Team-Server (PostgreSQL; CONN ist ein libpq-Verbindungsstring: service=NAME,
&quot;host=/var/run/postgresql dbname=valuemap&quot; oder postgresql://USER@HOST/DATABASE):
  valuemap server init --server CONN           Valuemap-Schema anlegen/aktualisieren
  valuemap server list --server CONN           die Pläne, die Ihre Rolle sehen darf
  valuemap server publish PLAN.valuemap --server CONN [--name NAME]
                                               Plan hochladen (Sie werden Eigentümer)
  valuemap server pull --server CONN --plan NAME -o OUT.valuemap [--force]
                                               Server-Plan in eine neue Datei kopieren
  valuemap server members --server CONN --plan NAME [--add ROLE viewer|editor|owner]
                                               [--remove ROLE]   (nur Eigentümer)</translation>
    </message>
    <message>
        <source>say what to do: init, list, publish, pull or members.</source>
        <translation>Geben Sie an, was zu tun ist: init, list, publish, pull oder members.</translation>
    </message>
    <message>
        <source>name the server with --server CONN.</source>
        <translation>Geben Sie den Server mit --server CONN an.</translation>
    </message>
    <message>
        <source>unexpected “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>plan “%1” has %n problem(s), so nothing was written:%2
“valuemap export json --server CONN --plan %1 -o rescued.json --salvage” saves the rows that are sound.</source>
        <translation>
            <numerusform>Plan „%1“ hat %n Problem, daher wurde nichts geschrieben:%2
„valuemap export json --server CONN --plan %1 -o rescued.json --salvage“ sichert die einwandfreien Zeilen.</numerusform>
            <numerusform>Plan „%1“ hat %n Probleme, daher wurde nichts geschrieben:%2
„valuemap export json --server CONN --plan %1 -o rescued.json --salvage“ sichert die einwandfreien Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::Csv</name>
    <message>
        <source>The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8”.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie in Ihrer Tabellenkalkulation als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote. Inside a quoted field, write a quote as two quotes (&quot;&quot;).</source>
        <translation>Zeile %1: unerwarteter Text nach einem schließenden Anführungszeichen. Schreiben Sie ein Anführungszeichen innerhalb eines Felds in Anführungszeichen als zwei Anführungszeichen (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt).</translation>
    </message>
</context>
<context>
    <name>Valuemap::DeliverDialog</name>
    <message>
        <source>Deliver “%1”</source>
        <translation>„%1“ liefern</translation>
    </message>
    <message>
        <source>Record what shipped to customers. The ticked stories are marked done on the delivery date, the slice becomes delivered, and the increment appears in the history and the charts. Stories left unticked stay in the slice. Undo takes it all back in one step.</source>
        <translation>Erfassen Sie, was an Kunden ausgeliefert wurde. Die angehakten Storys werden zum Lieferdatum als erledigt markiert, der Slice gilt als geliefert, und das Inkrement erscheint im Verlauf und in den Diagrammen. Nicht angehakte Storys bleiben im Slice. Mit „Rückgängig“ nehmen Sie alles in einem Schritt zurück.</translation>
    </message>
    <message>
        <source>What went live, for whom</source>
        <translation>Was live gegangen ist und für wen</translation>
    </message>
    <message>
        <source>What customers said (optional)</source>
        <translation>Was Kunden gesagt haben (optional)</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Geliefert am:</translation>
    </message>
    <message>
        <source>&amp;Stories that shipped:</source>
        <translation>Ausgelieferte &amp;Storys:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Customer &amp;feedback:</source>
        <translation>Kunden&amp;feedback:</translation>
    </message>
    <message>
        <source>Feedback s&amp;core (1–5):</source>
        <translation>Feedback-&amp;Bewertung (1–5):</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>&amp;Liefern</translation>
    </message>
    <message>
        <source>Tick at least one story that shipped, or cancel.</source>
        <translation>Haken Sie mindestens eine ausgelieferte Story an oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>Valuemap::Document</name>
    <message>
        <source>“%1” is damaged: it has no product record. Restore it from a backup or a copy; Valuemap has not changed the file.</source>
        <translation>„%1“ ist beschädigt: Die Datei enthält keinen Produktdatensatz. Stellen Sie sie aus einer Sicherung oder einer Kopie wieder her; Valuemap hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>This plan cannot be changed. %1</source>
        <translation>Dieser Plan kann nicht geändert werden. %1</translation>
    </message>
    <message>
        <source>The item to move no longer exists.</source>
        <translation>Das zu verschiebende Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The item to change no longer exists.</source>
        <translation>Das zu ändernde Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Rename Activity</source>
        <translation>Aktivität umbenennen</translation>
    </message>
    <message>
        <source>Edit Activity</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <source>Recolour Activity</source>
        <translation>Farbe der Aktivität ändern</translation>
    </message>
    <message>
        <source>Move Activity</source>
        <translation>Aktivität verschieben</translation>
    </message>
    <message>
        <source>The activity to delete no longer exists.</source>
        <translation>Die zu löschende Aktivität existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation>Aktivität löschen</translation>
    </message>
    <message>
        <source>The activity for the new step no longer exists.</source>
        <translation>Die Aktivität für den neuen Schritt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>Schritt umbenennen</translation>
    </message>
    <message>
        <source>Edit Step</source>
        <translation>Schritt bearbeiten</translation>
    </message>
    <message>
        <source>The activity to move the step to no longer exists.</source>
        <translation>Die Aktivität, in die der Schritt verschoben werden soll, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>The step to delete no longer exists.</source>
        <translation>Der zu löschende Schritt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Schritt löschen</translation>
    </message>
    <message>
        <source>The step for the new story no longer exists.</source>
        <translation>Der Schritt für die neue Story existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The release for the new story no longer exists.</source>
        <translation>Das Release für die neue Story existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Add Story</source>
        <translation>Story hinzufügen</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>Story umbenennen</translation>
    </message>
    <message>
        <source>Edit Story Description</source>
        <translation>Story-Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Edit Acceptance Criteria</source>
        <translation>Akzeptanzkriterien bearbeiten</translation>
    </message>
    <message>
        <source>The estimate “%1” is not a number of zero or more. Enter a number such as 3 or 0.5, or leave it empty.</source>
        <translation>Die Schätzung „%1“ ist keine Zahl größer oder gleich null. Geben Sie eine Zahl wie 3 oder 0,5 ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Set Estimate</source>
        <translation>Schätzung festlegen</translation>
    </message>
    <message>
        <source>The business value “%1” is not a whole number of zero or more. Enter a number such as 8, or leave it empty.</source>
        <translation>Der Geschäftswert „%1“ ist keine ganze Zahl größer oder gleich null. Geben Sie eine Zahl wie 8 ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Set Business Value</source>
        <translation>Geschäftswert festlegen</translation>
    </message>
    <message>
        <source>“%1” is not a story status.</source>
        <translation>„%1“ ist kein gültiger Story-Status.</translation>
    </message>
    <message>
        <source>Set Story Status</source>
        <translation>Story-Status festlegen</translation>
    </message>
    <message>
        <source>The persona for the story no longer exists.</source>
        <translation>Die Persona für die Story existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Set Persona</source>
        <translation>Persona festlegen</translation>
    </message>
    <message>
        <source>Recolour Story</source>
        <translation>Farbe der Story ändern</translation>
    </message>
    <message>
        <source>The step to move the stories to no longer exists.</source>
        <translation>Der Schritt, in den die Storys verschoben werden sollen, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The release to move the stories to no longer exists.</source>
        <translation>Das Release, in das die Storys verschoben werden sollen, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A story to move no longer exists.</source>
        <translation>Eine der zu verschiebenden Storys existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Story(s)</source>
        <translation>
            <numerusform>%n Story verschieben</numerusform>
            <numerusform>%n Storys verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>A story to delete no longer exists.</source>
        <translation>Eine der zu löschenden Storys existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Story(s)</source>
        <translation>
            <numerusform>%n Story löschen</numerusform>
            <numerusform>%n Storys löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Tags</source>
        <translation>Tags festlegen</translation>
    </message>
    <message>
        <source>The story or goal to link no longer exists.</source>
        <translation>Die zu verknüpfende Story oder das Kundenziel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Link Story to Goal</source>
        <translation>Story mit Kundenziel verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Story from Goal</source>
        <translation>Story von Kundenziel trennen</translation>
    </message>
    <message>
        <source>Edit Product Details</source>
        <translation>Produktdetails bearbeiten</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Recolour Note</source>
        <translation>Farbe der Notiz ändern</translation>
    </message>
    <message>
        <source>Move Note</source>
        <translation>Notiz verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz verschieben</numerusform>
            <numerusform>%n Notizen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>A note to delete no longer exists.</source>
        <translation>Eine der zu löschenden Notizen existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz löschen</numerusform>
            <numerusform>%n Notizen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>Persona umbenennen</translation>
    </message>
    <message>
        <source>Edit Persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>Recolour Persona</source>
        <translation>Farbe der Persona ändern</translation>
    </message>
    <message>
        <source>Move Persona</source>
        <translation>Persona verschieben</translation>
    </message>
    <message>
        <source>The persona to delete no longer exists.</source>
        <translation>Die zu löschende Persona existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Add Release</source>
        <translation>Release hinzufügen</translation>
    </message>
    <message>
        <source>Rename Release</source>
        <translation>Release umbenennen</translation>
    </message>
    <message>
        <source>Edit Release Outcome</source>
        <translation>Release-Ergebnis bearbeiten</translation>
    </message>
    <message>
        <source>Set Release Date</source>
        <translation>Release-Datum festlegen</translation>
    </message>
    <message>
        <source>“%1” is not a release status.</source>
        <translation>„%1“ ist kein gültiger Release-Status.</translation>
    </message>
    <message>
        <source>Set Release Status</source>
        <translation>Release-Status festlegen</translation>
    </message>
    <message>
        <source>The capacity “%1” is not a number of zero or more. Enter a number, or leave it empty.</source>
        <translation>Die Kapazität „%1“ ist keine Zahl größer oder gleich null. Geben Sie eine Zahl ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Set Release Capacity</source>
        <translation>Release-Kapazität festlegen</translation>
    </message>
    <message>
        <source>Move Release</source>
        <translation>Release verschieben</translation>
    </message>
    <message>
        <source>The release to delete no longer exists.</source>
        <translation>Das zu löschende Release existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete Release</source>
        <translation>Release löschen</translation>
    </message>
    <message>
        <source>The release or goal to link no longer exists.</source>
        <translation>Das zu verknüpfende Release oder Kundenziel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Link Release to Goal</source>
        <translation>Release mit Kundenziel verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Release from Goal</source>
        <translation>Release von Kundenziel trennen</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Kundenziel hinzufügen</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>Kundenziel bearbeiten</translation>
    </message>
    <message>
        <source>Rename Goal</source>
        <translation>Kundenziel umbenennen</translation>
    </message>
    <message>
        <source>“%1” is not a number. Enter a number such as 42 or 3.5, or leave it empty.</source>
        <translation>„%1“ ist keine Zahl. Geben Sie eine Zahl wie 42 oder 3,5 ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>“%1” is not a goal direction.</source>
        <translation>„%1“ ist keine gültige Zielrichtung.</translation>
    </message>
    <message>
        <source>Move Goal</source>
        <translation>Kundenziel verschieben</translation>
    </message>
    <message>
        <source>The goal to delete no longer exists.</source>
        <translation>Das zu löschende Kundenziel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete Goal</source>
        <translation>Kundenziel löschen</translation>
    </message>
    <message>
        <source>The goal for the measurement no longer exists.</source>
        <translation>Das Kundenziel für den Messwert existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A measurement needs a valid date and a number.</source>
        <translation>Ein Messwert braucht ein gültiges Datum und eine Zahl.</translation>
    </message>
    <message>
        <source>Add Measurement</source>
        <translation>Messwert hinzufügen</translation>
    </message>
    <message>
        <source>Edit Measurement</source>
        <translation>Messwert bearbeiten</translation>
    </message>
    <message>
        <source>“%1” is not a date. Enter a date such as 2026-03-31.</source>
        <translation>„%1“ ist kein Datum. Geben Sie ein Datum im Format JJJJ-MM-TT ein, z. B. 2026-03-31.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Enter the measured value, such as 42 or 3.5.</source>
        <translation>„%1“ ist keine Zahl. Geben Sie den gemessenen Wert ein, z. B. 42 oder 3,5.</translation>
    </message>
    <message>
        <source>The measurement to delete no longer exists.</source>
        <translation>Der zu löschende Messwert existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete Measurement</source>
        <translation>Messwert löschen</translation>
    </message>
    <message>
        <source>The release of the increment no longer exists.</source>
        <translation>Das Release des Inkrements existiert nicht mehr.</translation>
    </message>
    <message>
        <source>An increment needs a valid delivery date.</source>
        <translation>Ein Inkrement braucht ein gültiges Lieferdatum.</translation>
    </message>
    <message>
        <source>A story of the increment no longer exists.</source>
        <translation>Eine Story des Inkrements existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Record Increment</source>
        <translation>Inkrement erfassen</translation>
    </message>
    <message>
        <source>The increment to delete no longer exists.</source>
        <translation>Das zu löschende Inkrement existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete Increment</source>
        <translation>Inkrement löschen</translation>
    </message>
    <message>
        <source>Feedback belongs to an increment or a story; that one no longer exists.</source>
        <translation>Feedback gehört zu einem Inkrement oder einer Story; dieses Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Add Feedback</source>
        <translation>Feedback hinzufügen</translation>
    </message>
    <message>
        <source>Edit Feedback</source>
        <translation>Feedback bearbeiten</translation>
    </message>
    <message>
        <source>The score “%1” is not a whole number.</source>
        <translation>Die Bewertung „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The feedback to delete no longer exists.</source>
        <translation>Das zu löschende Feedback existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete Feedback</source>
        <translation>Feedback löschen</translation>
    </message>
    <message>
        <source>The release to split no longer exists.</source>
        <translation>Das aufzuteilende Release existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A story to split off no longer exists.</source>
        <translation>Eine der abzuspaltenden Storys existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is not in the release “%2”. Select only stories of the release you split.</source>
        <translation>„%1“ gehört nicht zum Release „%2“. Wählen Sie nur Storys des Releases aus, das Sie aufteilen.</translation>
    </message>
    <message>
        <source>Select the stories to move into the new release first.</source>
        <translation>Wählen Sie zuerst die Storys aus, die in das neue Release verschoben werden sollen.</translation>
    </message>
    <message>
        <source>Split Release</source>
        <translation>Release aufteilen</translation>
    </message>
    <message>
        <source>A release to merge no longer exists.</source>
        <translation>Eines der zusammenzuführenden Releases existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A release cannot be merged into itself. Choose two different releases.</source>
        <translation>Ein Release kann nicht mit sich selbst zusammengeführt werden. Wählen Sie zwei verschiedene Releases.</translation>
    </message>
    <message>
        <source>Merge Releases</source>
        <translation>Releases zusammenführen</translation>
    </message>
    <message>
        <source>The release to deliver no longer exists.</source>
        <translation>Das zu liefernde Release existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delivering “%1” needs a valid delivery date. Pick the day it shipped.</source>
        <translation>Um „%1“ zu liefern, ist ein gültiges Lieferdatum nötig. Wählen Sie den Tag, an dem es ausgeliefert wurde.</translation>
    </message>
    <message>
        <source>A story that shipped no longer exists.</source>
        <translation>Eine der ausgelieferten Storys existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is not in the release “%2”. Move it into the release before delivering it with it.</source>
        <translation>„%1“ gehört nicht zum Release „%2“. Verschieben Sie die Story in das Release, bevor Sie sie damit liefern.</translation>
    </message>
    <message>
        <source>Tick at least one story that shipped with “%1”.</source>
        <translation>Haken Sie mindestens eine Story an, die mit „%1“ ausgeliefert wurde.</translation>
    </message>
    <message>
        <source>Deliver Release</source>
        <translation>Release liefern</translation>
    </message>
    <message>
        <source>The goal for the measurements no longer exists.</source>
        <translation>Das Kundenziel für die Messwerte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There are no measurements to add.</source>
        <translation>Es gibt keine Messwerte zum Hinzufügen.</translation>
    </message>
    <message>
        <source>The feedback no longer exists.</source>
        <translation>Das Feedback existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Add a step to the story map first: a new story needs a step to live in.</source>
        <translation>Fügen Sie der Story Map zuerst einen Schritt hinzu: Eine neue Story braucht einen Schritt, zu dem sie gehört.</translation>
    </message>
    <message>
        <source>From customer feedback of %1:</source>
        <translation>Aus Kundenfeedback vom %1:</translation>
    </message>
    <message>
        <source>Score: %1 of 5</source>
        <translation>Bewertung: %1 von 5</translation>
    </message>
    <message>
        <source>Make a Story from Feedback</source>
        <translation>Story aus Feedback erstellen</translation>
    </message>
    <message>
        <source>The imported rows clash with the plan (row %1 of table %2). Nothing was imported; import into a new plan instead.</source>
        <translation>Die importierten Zeilen stehen im Konflikt mit dem Plan (Zeile %1 in Tabelle %2). Es wurde nichts importiert; importieren Sie stattdessen in einen neuen Plan.</translation>
    </message>
    <message>
        <source>A participant needs a name, so that everyone can see whose dots are whose.</source>
        <translation>Eine Teilnehmerin oder ein Teilnehmer braucht einen Namen, damit alle sehen, wessen Punkte welche sind.</translation>
    </message>
    <message>
        <source>“%1” takes part already. Give each participant a name of their own, for example “%1 B.”.</source>
        <translation>„%1“ nimmt bereits teil. Geben Sie allen einen eigenen Namen, zum Beispiel „%1 B.“.</translation>
    </message>
    <message>
        <source>Each participant gets 1 to %1 dots; %2 is not possible.</source>
        <translation>Jede Person bekommt 1 bis %1 Punkte; %2 ist nicht möglich.</translation>
    </message>
    <message>
        <source>A vote needs at least one participant. Enter the names of the people who vote, one per line.</source>
        <translation>Eine Abstimmung braucht mindestens eine teilnehmende Person. Geben Sie die Namen der Abstimmenden ein, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Punkteabstimmung</translation>
    </message>
    <message>
        <source>Start Dot Vote</source>
        <translation>Punkteabstimmung starten</translation>
    </message>
    <message>
        <source>The vote no longer exists.</source>
        <translation>Die Abstimmung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Die teilnehmende Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Rename Participant</source>
        <translation>Teilnehmende Person umbenennen</translation>
    </message>
    <message>
        <source>“%1” is the last participant of the vote. A vote needs at least one; discard the vote instead.</source>
        <translation>„%1“ ist die letzte teilnehmende Person der Abstimmung. Eine Abstimmung braucht mindestens eine; verwerfen Sie stattdessen die Abstimmung.</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Teilnehmende Person entfernen</translation>
    </message>
    <message>
        <source>The vote “%1” has ended. Reopen it to change its dots.</source>
        <translation>Die Abstimmung „%1“ ist beendet. Öffnen Sie sie wieder, um ihre Punkte zu ändern.</translation>
    </message>
    <message>
        <source>“%1” is a vote on stories: its dots go on story cards, not on vision notes.</source>
        <translation>„%1“ ist eine Abstimmung über Storys: Ihre Punkte kommen auf Story-Karten, nicht auf Vision-Notizen.</translation>
    </message>
    <message>
        <source>“%1” is a vote on vision notes: its dots go on notes, not on stories.</source>
        <translation>„%1“ ist eine Abstimmung über Vision-Notizen: Ihre Punkte kommen auf Notizen, nicht auf Storys.</translation>
    </message>
    <message>
        <source>The note to vote for no longer exists.</source>
        <translation>Die Notiz, für die abgestimmt werden soll, gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The story to vote for no longer exists.</source>
        <translation>Die Story, für die abgestimmt werden soll, gibt es nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has placed all %n dot(s). Take one back (−) to place it elsewhere.</source>
        <translation>
            <numerusform>%1 hat den %n Punkt schon gesetzt. Nehmen Sie ihn zurück (−), um ihn woanders zu setzen.</numerusform>
            <numerusform>%1 hat alle %n Punkte gesetzt. Nehmen Sie einen zurück (−), um ihn woanders zu setzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cast Dot</source>
        <translation>Punkt setzen</translation>
    </message>
    <message>
        <source>Take Back Dot</source>
        <translation>Punkt zurücknehmen</translation>
    </message>
    <message>
        <source>%1 has no dot on this note to take back.</source>
        <translation>%1 hat auf dieser Notiz keinen Punkt, der zurückgenommen werden kann.</translation>
    </message>
    <message>
        <source>%1 has no dot on this story to take back.</source>
        <translation>%1 hat auf dieser Story keinen Punkt, der zurückgenommen werden kann.</translation>
    </message>
    <message>
        <source>End Dot Vote</source>
        <translation>Punkteabstimmung beenden</translation>
    </message>
    <message>
        <source>Reopen Dot Vote</source>
        <translation>Punkteabstimmung wieder öffnen</translation>
    </message>
    <message>
        <source>Discard Dot Vote</source>
        <translation>Punkteabstimmung verwerfen</translation>
    </message>
    <message>
        <source>“%1” is a vote on vision notes; only stories have a business value.</source>
        <translation>„%1“ ist eine Abstimmung über Vision-Notizen; nur Storys haben einen Geschäftswert.</translation>
    </message>
    <message>
        <source>The highest business value must be a whole number above zero.</source>
        <translation>Der höchste Geschäftswert muss eine ganze Zahl größer als null sein.</translation>
    </message>
    <message>
        <source>No story has a dot yet, so there is no value to apply.</source>
        <translation>Noch keine Story hat einen Punkt, daher gibt es keinen Wert zu übernehmen.</translation>
    </message>
    <message>
        <source>Apply Vote as Business Value</source>
        <translation>Abstimmung als Geschäftswert übernehmen</translation>
    </message>
    <message>
        <source>Nothing has a dot yet, so there is no order to apply.</source>
        <translation>Noch nichts hat einen Punkt, daher gibt es keine Reihenfolge zu übernehmen.</translation>
    </message>
    <message>
        <source>Order Notes by Votes</source>
        <translation>Notizen nach Punkten ordnen</translation>
    </message>
    <message>
        <source>Order Stories by Votes</source>
        <translation>Storys nach Punkten ordnen</translation>
    </message>
    <message>
        <source>This change cannot be saved: %1. The plan is unchanged.</source>
        <translation>Diese Änderung kann nicht gespeichert werden: %1. Der Plan ist unverändert.</translation>
    </message>
    <message>
        <source>The story key prefix “%1” is not 1 to 6 letters A to Z, such as BT. Story keys keep their numbers; only the prefix changes.</source>
        <translation>Das Präfix „%1“ für Story-Schlüssel besteht nicht aus 1 bis 6 Buchstaben von A bis Z, wie etwa BT. Story-Schlüssel behalten ihre Nummern; nur das Präfix ändert sich.</translation>
    </message>
    <message>
        <source>Set Story Key Prefix</source>
        <translation>Präfix für Story-Schlüssel festlegen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the event id must be one line of 1 to 200 characters, e.g. the pipeline&apos;s job id</source>
        <translation>die Ereignis-ID muss eine Zeile mit 1 bis 200 Zeichen sein, z. B. die Job-ID der Pipeline</translation>
    </message>
    <message>
        <source>event “%1” is already recorded (%2); nothing changed</source>
        <translation>Ereignis „%1“ ist bereits erfasst (%2); nichts wurde geändert</translation>
    </message>
    <message>
        <source>the event id “%1” was already used on %2 (record %3) with other content; nothing was written. Give each event its own id (e.g. the job id), or repeat the first call exactly.</source>
        <translation>die Ereignis-ID „%1“ wurde bereits am %2 (Eintrag %3) mit anderem Inhalt verwendet; es wurde nichts geschrieben. Geben Sie jedem Ereignis eine eigene ID (z. B. die Job-ID) oder wiederholen Sie den ersten Aufruf genau.</translation>
    </message>
    <message>
        <source>the value is %1 characters long; at most %2 are allowed</source>
        <translation>der Wert ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>no release is named “%1”; the plan has %2</source>
        <translation>kein Release heißt „%1“; der Plan hat %2</translation>
    </message>
    <message>
        <source>no story has the key “%1” (keys look like %2-42)</source>
        <translation>keine Story hat den Schlüssel „%1“ (Schlüssel sehen aus wie %2-42)</translation>
    </message>
    <message>
        <source>Record increment %1 from %2</source>
        <translation>Inkrement %1 von %2 erfassen</translation>
    </message>
    <message>
        <source>no customer goal is named “%1”; the plan has %2</source>
        <translation>kein Kundenziel heißt „%1“; der Plan hat %2</translation>
    </message>
    <message>
        <source>“%1” is not a number; use digits with a point, e.g. 42 or -3.5</source>
        <translation>„%1“ ist keine Zahl; verwenden Sie Ziffern mit einem Punkt, z. B. 42 oder -3.5</translation>
    </message>
    <message>
        <source>Record measurement of %1 from %2</source>
        <translation>Messwert für %1 von %2 erfassen</translation>
    </message>
    <message>
        <source>no increment has the version “%1”; record it first with valuemap record increment</source>
        <translation>kein Inkrement hat die Version „%1“; erfassen Sie es zuerst mit valuemap record increment</translation>
    </message>
    <message>
        <source>the feedback text is empty; say what the customer said</source>
        <translation>der Feedback-Text ist leer; geben Sie an, was der Kunde gesagt hat</translation>
    </message>
    <message>
        <source>“%1” is not a score; use a whole number from 1 to 5</source>
        <translation>„%1“ ist keine Bewertung; verwenden Sie eine ganze Zahl von 1 bis 5</translation>
    </message>
    <message>
        <source>Record feedback on %1 from %2</source>
        <translation>Feedback zu %1 von %2 erfassen</translation>
    </message>
    <message>
        <source>Plan “%1” on %2 has no product record, so it cannot be opened. Ask its owner to publish it again.</source>
        <translation>Plan „%1“ auf %2 enthält keinen Produktdatensatz und kann daher nicht geöffnet werden. Bitten Sie den Eigentümer des Plans, ihn erneut zu veröffentlichen.</translation>
    </message>
    <message>
        <source>role “%1” is a viewer of plan “%2” on %3. Ask an owner for the editor level to change it.</source>
        <translation>die Rolle „%1“ hat für den Plan „%2“ auf %3 nur die Zugriffsstufe viewer. Bitten Sie einen Eigentümer um die Zugriffsstufe editor, um den Plan zu ändern.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Plan “%1” on %2 holds %n row(s) with values Valuemap does not accept (valuemap check --server CONN --plan “%1” lists them), so it is open for viewing only. To go on with the rows that are sound: valuemap export json --server CONN --plan “%1” -o rescued.json --salvage, import that and publish it under a new name; or have the values corrected on the server.</source>
        <translation>
            <numerusform>Plan „%1“ auf %2 enthält %n Zeile mit Werten, die Valuemap nicht annimmt (valuemap check --server CONN --plan „%1“ führt sie auf), daher ist er nur zum Ansehen geöffnet. Um mit den einwandfreien Zeilen weiterzuarbeiten: valuemap export json --server CONN --plan „%1“ -o rescued.json --salvage, das Ergebnis importieren und unter einem neuen Namen veröffentlichen; oder die Werte auf dem Server korrigieren lassen.</numerusform>
            <numerusform>Plan „%1“ auf %2 enthält %n Zeilen mit Werten, die Valuemap nicht annimmt (valuemap check --server CONN --plan „%1“ führt sie auf), daher ist er nur zum Ansehen geöffnet. Um mit den einwandfreien Zeilen weiterzuarbeiten: valuemap export json --server CONN --plan „%1“ -o rescued.json --salvage, das Ergebnis importieren und unter einem neuen Namen veröffentlichen; oder die Werte auf dem Server korrigieren lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is beyond what a plan keeps: a value lies between -%2 and %2</source>
        <translation>%1 liegt außerhalb dessen, was ein Plan aufnimmt: Ein Wert liegt zwischen -%2 und %2</translation>
    </message>
    <message>
        <source>“%1” is not a date from 1900-01-01 to 9999-12-31; use YYYY-MM-DD, e.g. 2026-03-31</source>
        <translation>„%1“ ist kein Datum vom 1900-01-01 bis 9999-12-31; verwenden Sie JJJJ-MM-TT, z. B. 2026-03-31</translation>
    </message>
</context>
<context>
    <name>Valuemap::GoalEditor</name>
    <message>
        <source>Select a goal on the left, or add one.</source>
        <translation>Wählen Sie links ein Kundenziel aus oder legen Sie eines an.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Kundenziel</translation>
    </message>
    <message>
        <source>e.g. Conversion rate</source>
        <translation>z. B. Konversionsrate</translation>
    </message>
    <message>
        <source>e.g. %, €, minutes</source>
        <translation>z. B. %, €, Minuten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Messgröße:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Ausgangswert:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>Ziel&amp;datum:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Einzahlende Storys und Releases</translation>
    </message>
    <message>
        <source>Releases that target this goal:</source>
        <translation>Releases, die auf dieses Kundenziel einzahlen:</translation>
    </message>
    <message>
        <source>%1 ✓ done</source>
        <translation>%1 ✓ erledigt</translation>
    </message>
    <message>
        <source>No story serves this goal yet. Tick the stories that do:</source>
        <translation>Noch keine Story zahlt auf dieses Kundenziel ein. Haken Sie die Storys an, die es tun:</translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) serve this goal, %1 done. Tick or untick to link:</source>
        <translation>
            <numerusform>%n Story zahlt auf dieses Kundenziel ein, %1 erledigt. Zum Verknüpfen an- oder abhaken:</numerusform>
            <numerusform>%n Storys zahlen auf dieses Kundenziel ein, %1 erledigt. Zum Verknüpfen an- oder abhaken:</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by key or title…</source>
        <translation>Nach Schlüssel oder Titel filtern…</translation>
    </message>
    <message>
        <source>Filter the stories by key or title</source>
        <translation>Storys nach Schlüssel oder Titel filtern</translation>
    </message>
    <message>
        <source>Select the Stories of Release…</source>
        <translation>Storys eines Release auswählen…</translation>
    </message>
    <message>
        <source>Tick every story of a release: they all serve this goal</source>
        <translation>Alle Storys eines Release anhaken: Sie alle zahlen auf dieses Kundenziel ein</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n story(ies))</source>
        <translation>
            <numerusform>%1 (%n Story)</numerusform>
            <numerusform>%1 (%n Storys)</numerusform>
        </translation>
    </message>
    <message>
        <source>Link the Stories of “%1” to Goal</source>
        <translation>Storys von „%1“ mit Kundenziel verknüpfen</translation>
    </message>
    <message>
        <source>Cannot link every story</source>
        <translation>Nicht alle Storys können verknüpft werden</translation>
    </message>
</context>
<context>
    <name>Valuemap::GoalsModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Kundenziel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Storys</translation>
    </message>
</context>
<context>
    <name>Valuemap::GoalsScreen</name>
    <message>
        <source>Customer goals</source>
        <translation>Kundenziele</translation>
    </message>
    <message>
        <source>Add &amp;Goal</source>
        <translation>Kundenziel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete Goal</source>
        <translation>Kundenziel &amp;löschen</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Kundenziel</translation>
    </message>
</context>
<context>
    <name>Valuemap::Handbook</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Story Map</source>
        <translation>Story Map</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Kundenziele</translation>
    </message>
    <message>
        <source>Increments</source>
        <translation>Inkremente</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Files and the Command Line</source>
        <translation>Dateien und Befehlszeile</translation>
    </message>
</context>
<context>
    <name>Valuemap::HandoutDialog</name>
    <message>
        <source>Client Handout</source>
        <translation>Kunden-Handout</translation>
    </message>
    <message>
        <source>Who the handout is for</source>
        <translation>Für wen das Handout ist</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Date on the cover</source>
        <translation>Datum auf dem Deckblatt</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Fit on one page</source>
        <translation>Auf eine Seite &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Tiled over several pages (legible for large maps)</source>
        <translation>Auf mehrere Seiten &amp;verteilt (lesbar bei großen Maps)</translation>
    </message>
    <message>
        <source>Story map:</source>
        <translation>Story Map:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>Valuemap::HandoutExport</name>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Vision Statement</translation>
    </message>
    <message>
        <source>Story map</source>
        <translation>Story Map</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>Releaseplan</translation>
    </message>
    <message>
        <source>Customer goals and progress</source>
        <translation>Kundenziele und Fortschritt</translation>
    </message>
    <message>
        <source>Client handout</source>
        <translation>Kunden-Handout</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>Erstellt für %1</translation>
    </message>
    <message>
        <source>Product owner</source>
        <translation>Product Owner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message numerus="yes">
        <source>%n release slice(s)</source>
        <translation>
            <numerusform>%n Release-Slice</numerusform>
            <numerusform>%n Release-Slices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n Story</numerusform>
            <numerusform>%n Storys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer goal(s)</source>
        <translation>
            <numerusform>%n Kundenziel</numerusform>
            <numerusform>%n Kundenziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered increment(s)</source>
        <translation>
            <numerusform>%n geliefertes Inkrement</numerusform>
            <numerusform>%n gelieferte Inkremente</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>row %1, column %2 of %3 × %4</source>
        <translation>Zeile %1, Spalte %2 von %3 × %4</translation>
    </message>
    <message>
        <source>the whole map on one page</source>
        <translation>die ganze Map auf einer Seite</translation>
    </message>
    <message>
        <source>Customer goal: %1</source>
        <translation>Kundenziel: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 auf %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Progress: delivered scope</source>
        <translation>Fortschritt: gelieferter Umfang</translation>
    </message>
    <message>
        <source>%1 – Client handout</source>
        <translation>%1 – Kunden-Handout</translation>
    </message>
    <message>
        <source>Could not start the PDF for “%1”.</source>
        <translation>Das PDF für „%1“ konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>Teil %1 von %2</translation>
    </message>
    <message>
        <source>Learning loop: %1</source>
        <translation>Lernschleife: %1</translation>
    </message>
</context>
<context>
    <name>Valuemap::HelpActions</name>
    <message>
        <source>Valuemap &amp;Handbook</source>
        <translation>Valuemap-&amp;Handbuch</translation>
    </message>
    <message>
        <source>Open the handbook at the page of the screen in front</source>
        <translation>Das Handbuch auf der Seite zur aktuellen Ansicht öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters auflisten</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Valuemap::HelpText</name>
    <message>
        <source>valuemap [FILE.valuemap]</source>
        <translation>valuemap [FILE.valuemap]</translation>
    </message>
    <message>
        <source>open a plan in a window</source>
        <translation>einen Plan in einem Fenster öffnen</translation>
    </message>
    <message>
        <source>valuemap check FILE.valuemap</source>
        <translation>valuemap check FILE.valuemap</translation>
    </message>
    <message>
        <source>print what the plan holds and whether it is sound</source>
        <translation>ausgeben, was der Plan enthält und ob er in Ordnung ist</translation>
    </message>
    <message>
        <source>valuemap import FORMAT IN -o OUT.valuemap [--force]</source>
        <translation>valuemap import FORMAT IN -o OUT.valuemap [--force]</translation>
    </message>
    <message>
        <source>make a new plan from json, csv or storymaps</source>
        <translation>einen neuen Plan aus json, csv oder storymaps anlegen</translation>
    </message>
    <message>
        <source>valuemap export FORMAT FILE.valuemap -o OUT [options]</source>
        <translation>valuemap export FORMAT FILE.valuemap -o OUT [options]</translation>
    </message>
    <message>
        <source>write json, csv, storymaps, jira, map-pdf, map-png, map-svg or handout</source>
        <translation>json, csv, storymaps, jira, map-pdf, map-png, map-svg oder handout schreiben</translation>
    </message>
    <message>
        <source>valuemap export vision FILE.valuemap -o OUT.pdf [--page a4|letter]</source>
        <translation>valuemap export vision FILE.valuemap -o OUT.pdf [--page a4|letter]</translation>
    </message>
    <message>
        <source>write the vision statement as a one-page PDF</source>
        <translation>das Vision Statement als einseitiges PDF schreiben</translation>
    </message>
    <message>
        <source>valuemap export chart NAME FILE.valuemap -o OUT.png|OUT.pdf</source>
        <translation>valuemap export chart NAME FILE.valuemap -o OUT.png|OUT.pdf</translation>
    </message>
    <message>
        <source>valuemap server init --server CONN</source>
        <translation>valuemap server init --server CONN</translation>
    </message>
    <message>
        <source>create or upgrade the Valuemap schema in a PostgreSQL database</source>
        <translation>das Valuemap-Schema in einer PostgreSQL-Datenbank anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>valuemap server list --server CONN</source>
        <translation>valuemap server list --server CONN</translation>
    </message>
    <message>
        <source>the plans on the server that your role may see</source>
        <translation>die Pläne auf dem Server, die Ihre Rolle sehen darf</translation>
    </message>
    <message>
        <source>valuemap server publish FILE.valuemap --server CONN [--name NAME]</source>
        <translation>valuemap server publish FILE.valuemap --server CONN [--name NAME]</translation>
    </message>
    <message>
        <source>copy a plan to the server; you become its owner</source>
        <translation>einen Plan auf den Server kopieren; Sie werden sein Eigentümer</translation>
    </message>
    <message>
        <source>valuemap server pull --server CONN --plan NAME -o OUT.valuemap</source>
        <translation>valuemap server pull --server CONN --plan NAME -o OUT.valuemap</translation>
    </message>
    <message>
        <source>copy a server plan into a new file</source>
        <translation>einen Server-Plan in eine neue Datei kopieren</translation>
    </message>
    <message>
        <source>valuemap server members --server CONN --plan NAME [--add ROLE viewer|editor|owner] [--remove ROLE]</source>
        <translation>valuemap server members --server CONN --plan NAME [--add ROLE viewer|editor|owner] [--remove ROLE]</translation>
    </message>
    <message>
        <source>who may read (viewer), edit (editor) or also manage members (owner)</source>
        <translation>wer lesen (viewer), bearbeiten (editor) oder auch Mitglieder verwalten (owner) darf</translation>
    </message>
    <message>
        <source>valuemap --version, -v</source>
        <translation>valuemap --version, -v</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <source>valuemap --help, -h</source>
        <translation>valuemap --help, -h</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>diese Hilfe ausgeben</translation>
    </message>
    <message>
        <source>--sample</source>
        <translation>--sample</translation>
    </message>
    <message>
        <source>open your copy of the sample plan</source>
        <translation>Ihre Kopie des Beispielplans öffnen</translation>
    </message>
    <message>
        <source>--screen NAME</source>
        <translation>--screen NAME</translation>
    </message>
    <message>
        <source>show this screen first: vision, map, releases, goals, increments, charts, outline, vote</source>
        <translation>diese Ansicht zuerst zeigen: vision, map, releases, goals, increments, charts, outline, vote</translation>
    </message>
    <message>
        <source>--fit</source>
        <translation>--fit</translation>
    </message>
    <message>
        <source>zoom the story map to fit the window</source>
        <translation>die Story Map an das Fenster anpassen</translation>
    </message>
    <message>
        <source>--chart NAME</source>
        <translation>--chart NAME</translation>
    </message>
    <message>
        <source>--present N</source>
        <translation>--present N</translation>
    </message>
    <message>
        <source>--lang de|en</source>
        <translation>--lang de|en</translation>
    </message>
    <message>
        <source>the language of the user interface for this run</source>
        <translation>die Sprache der Benutzeroberfläche für diesen Aufruf</translation>
    </message>
    <message>
        <source>--theme light|dark|system</source>
        <translation>--theme light|dark|system</translation>
    </message>
    <message>
        <source>the colours of the window for this run</source>
        <translation>die Farben des Fensters für diesen Aufruf</translation>
    </message>
    <message>
        <source>--screenshot FILE.png</source>
        <translation>--screenshot FILE.png</translation>
    </message>
    <message>
        <source>save a picture of the window and quit</source>
        <translation>ein Bild des Fensters speichern und beenden</translation>
    </message>
    <message>
        <source>--quit-after-first-frame</source>
        <translation>--quit-after-first-frame</translation>
    </message>
    <message>
        <source>quit once the window is painted (start-up benchmarks)</source>
        <translation>beenden, sobald das Fenster gezeichnet ist (Start-Benchmarks)</translation>
    </message>
    <message>
        <source>-o, --output FILE</source>
        <translation>-o, --output FILE</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>--force</source>
        <translation>--force</translation>
    </message>
    <message>
        <source>replace an existing output file (never the plan read, a plan that is open, a folder, a device or a pipe)</source>
        <translation>eine vorhandene Ausgabedatei ersetzen (nie den gelesenen Plan, einen geöffneten Plan, einen Ordner, ein Gerät oder eine Pipe)</translation>
    </message>
    <message>
        <source>--salvage</source>
        <translation>--salvage</translation>
    </message>
    <message>
        <source>export json: write only the sound rows of a plan that fails its checks</source>
        <translation>export json: nur die einwandfreien Zeilen eines Plans schreiben, der die Prüfung nicht besteht</translation>
    </message>
    <message>
        <source>the language of the messages</source>
        <translation>die Sprache der Meldungen</translation>
    </message>
    <message>
        <source>COMMAND --help</source>
        <translation>COMMAND --help</translation>
    </message>
    <message>
        <source>the formats and options of a command, e.g. valuemap export --help</source>
        <translation>die Formate und Optionen eines Befehls, z. B. valuemap export --help</translation>
    </message>
    <message>
        <source>Outputs: an export never replaces the plan it reads, a plan open in a running
Valuemap, a folder, a device or a pipe; it replaces an existing Valuemap plan
only with --force. An import replaces an existing file only with --force.
A plan that fails its checks is exported only as its sound rows:
  valuemap export json FILE.valuemap -o rescued.json --salvage</source>
        <translation>Ausgaben: Ein Export ersetzt nie den gelesenen Plan, einen in einem laufenden
Valuemap geöffneten Plan, einen Ordner, ein Gerät oder eine Pipe; einen
vorhandenen Valuemap-Plan ersetzt er nur mit --force. Ein Import ersetzt eine
vorhandene Datei nur mit --force. Von einem Plan, der die Prüfung nicht besteht,
werden nur die einwandfreien Zeilen exportiert:
  valuemap export json FILE.valuemap -o rescued.json --salvage</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Options for the window:</source>
        <translation>Optionen für das Fenster:</translation>
    </message>
    <message>
        <source>Options for the commands:</source>
        <translation>Optionen für die Befehle:</translation>
    </message>
    <message>
        <source>plan value delivery: vision, story map, release slices and customer goals</source>
        <translation>Wertlieferung planen: Vision, Story Map, Release-Slices und Kundenziele</translation>
    </message>
    <message>
        <source>Valuemap plans value delivery: a product vision, a user story map, thin release slices that are each a working product, and the customer goals they are meant to move. One plan is one .valuemap file. Without a command it opens a window; the commands check, import and export plans without one.</source>
        <translation>Valuemap plant, wie Sie Wert liefern: eine Produktvision, eine User Story Map, schlanke Release-Slices, die jeweils ein funktionierendes Produkt sind, und die Kundenziele, auf die sie einzahlen sollen. Ein Plan ist eine .valuemap-Datei. Ohne Befehl öffnet Valuemap ein Fenster; die Befehle prüfen, importieren und exportieren Pläne ohne Fenster.</translation>
    </message>
    <message>
        <source>the settings (language, recent plans)</source>
        <translation>die Einstellungen (Sprache, zuletzt geöffnete Pläne)</translation>
    </message>
    <message>
        <source>valuemap record increment FILE.valuemap --release NAME --event-id ID [--version V] [--commit SHA] [--environment ENV] [--stories KEY,KEY] [--date ISO] [--note TEXT]</source>
        <translation>valuemap record increment FILE.valuemap --release NAME --event-id ID [--version V] [--commit SHA] [--environment ENV] [--stories KEY,KEY] [--date ISO] [--note TEXT]</translation>
    </message>
    <message>
        <source>record an increment a pipeline delivered; the listed stories become done</source>
        <translation>ein von einer Pipeline geliefertes Inkrement erfassen; die aufgeführten Storys werden erledigt</translation>
    </message>
    <message>
        <source>valuemap record measurement FILE.valuemap --goal NAME --value NUMBER --event-id ID [--date ISO] [--note TEXT]</source>
        <translation>valuemap record measurement FILE.valuemap --goal NAME --value NUMBER --event-id ID [--date ISO] [--note TEXT]</translation>
    </message>
    <message>
        <source>record where a customer goal&apos;s metric stands</source>
        <translation>erfassen, wo die Messgröße eines Kundenziels steht</translation>
    </message>
    <message>
        <source>valuemap record feedback FILE.valuemap --increment VERSION|--story KEY --text TEXT --event-id ID [--score 1-5] [--date ISO]</source>
        <translation>valuemap record feedback FILE.valuemap --increment VERSION|--story KEY --text TEXT --event-id ID [--score 1-5] [--date ISO]</translation>
    </message>
    <message>
        <source>record what customers said about an increment or a story</source>
        <translation>erfassen, was Kunden zu einem Inkrement oder einer Story gesagt haben</translation>
    </message>
    <message>
        <source>--event-id ID</source>
        <translation>--event-id ID</translation>
    </message>
    <message>
        <source>record: the event&apos;s own id (e.g. the job id); the same id and content again change nothing, other content is refused</source>
        <translation>record: die eigene ID des Ereignisses (z. B. die Job-ID); dieselbe ID mit demselben Inhalt ändert nichts, anderer Inhalt wird abgelehnt</translation>
    </message>
    <message>
        <source>--json</source>
        <translation>--json</translation>
    </message>
    <message>
        <source>record: print what was stored and whether it was created or already there</source>
        <translation>record: ausgeben, was gespeichert wurde und ob es neu angelegt wurde oder schon vorhanden war</translation>
    </message>
    <message>
        <source>--dry-run</source>
        <translation>--dry-run</translation>
    </message>
    <message>
        <source>record: check and print, write nothing</source>
        <translation>record: prüfen und ausgeben, nichts schreiben</translation>
    </message>
    <message>
        <source>--wait SECONDS</source>
        <translation>--wait SECONDS</translation>
    </message>
    <message>
        <source>record: wait this long for a plan that is open in Valuemap</source>
        <translation>record: so lange auf einen Plan warten, der in Valuemap geöffnet ist</translation>
    </message>
    <message>
        <source>--source NAME</source>
        <translation>--source NAME</translation>
    </message>
    <message>
        <source>record: who records, named in the undo text (default: the CI system)</source>
        <translation>record: wer erfasst, genannt im Text zum Rückgängigmachen (Standard: das CI-System)</translation>
    </message>
    <message>
        <source>Exit codes (every command):
  0  success
  1  bad input or a plan with problems: check found problems, a malformed import file,
     a bad value, an export of a plan that failed its checks (nothing is written)
  2  usage error, a plan or input file that cannot be opened or read, or an output
     that cannot be written (an existing output file is then left as it was)
  3  busy: record found the plan open in Valuemap or another program after --wait</source>
        <translation>Exit-Codes (alle Befehle):
  0  Erfolg
  1  ungültige Eingabe oder ein Plan mit Problemen: check hat Probleme gefunden, eine
     fehlerhafte Importdatei, ein ungültiger Wert, ein Export eines Plans, der die
     Prüfung nicht besteht (es wird nichts geschrieben)
  2  falscher Aufruf, ein Plan oder eine Eingabedatei, die nicht geöffnet oder gelesen
     werden kann, oder eine Ausgabe, die nicht geschrieben werden kann (eine vorhandene
     Ausgabedatei bleibt dann unverändert)
  3  belegt: record hat den Plan nach --wait noch in Valuemap oder einem anderen
     Programm geöffnet vorgefunden</translation>
    </message>
    <message>
        <source>valuemap --server CONN --plan NAME</source>
        <translation>valuemap --server CONN --plan NAME</translation>
    </message>
    <message>
        <source>open a plan on a team server in a window; check, export and record take --server CONN --plan NAME in place of FILE.valuemap as well</source>
        <translation>einen Plan auf einem Team-Server im Fenster öffnen; check, export und record nehmen --server CONN --plan NAME ebenso an Stelle von FILE.valuemap</translation>
    </message>
    <message>
        <source>save a chart: goal, goal:N, burnup, cadence, leadtime, value, frequency, increments or feedback; --unit stories|estimate for the scope charts</source>
        <translation>ein Diagramm speichern: goal, goal:N, burnup, cadence, leadtime, value, frequency, increments oder feedback; --unit stories|estimate für die Umfangsdiagramme</translation>
    </message>
    <message>
        <source>show the Charts screen with this chart: goal, goal:N, burnup, cadence, leadtime, value, frequency, increments, feedback</source>
        <translation>die Ansicht „Diagramme“ mit diesem Diagramm zeigen: goal, goal:N, burnup, cadence, leadtime, value, frequency, increments, feedback</translation>
    </message>
    <message>
        <source>--zoom PERCENT</source>
        <translation>--zoom PERCENT</translation>
    </message>
    <message>
        <source>zoom the story map to this percentage (3 to 400)</source>
        <translation>die Story Map auf diese Prozentzahl vergrößern oder verkleinern (3 bis 400)</translation>
    </message>
    <message>
        <source>start presentation mode at page N (1 is the vision; beyond the last page, the last)</source>
        <translation>den Präsentationsmodus auf Seite N starten (1 ist die Vision; nach der letzten Seite: die letzte)</translation>
    </message>
</context>
<context>
    <name>Valuemap::HelpWindow</name>
    <message>
        <source>Valuemap Handbook</source>
        <translation>Valuemap-Handbuch</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Handbuch durchsuchen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Handbook page</source>
        <translation>Handbuchseite</translation>
    </message>
</context>
<context>
    <name>Valuemap::HistoryPanel</name>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Ganzer Plan</translation>
    </message>
    <message>
        <source>Selected story</source>
        <translation>Ausgewählte Story</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>Verlauf anzeigen für</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Änderungen, neueste zuerst</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>Es ist kein Plan geöffnet.</translation>
    </message>
    <message>
        <source>A plan file keeps no shared history. Your own steps are under Edit ▸ Undo; share the plan on a team server (File ▸ Share on Server…) to see who changed what, when.</source>
        <translation>Eine Plandatei führt keinen gemeinsamen Verlauf. Ihre eigenen Schritte finden Sie unter Bearbeiten ▸ Rückgängig; teilen Sie den Plan auf einem Team-Server (Datei ▸ Auf Server teilen…), um zu sehen, wer wann was geändert hat.</translation>
    </message>
    <message>
        <source>Select a story on the map to see its history.</source>
        <translation>Wählen Sie in der Story Map eine Story aus, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Story %1 “%2”</source>
        <translation>Story %1 „%2“</translation>
    </message>
    <message>
        <source>Plan “%1” on %2</source>
        <translation>Plan „%1“ auf %2</translation>
    </message>
    <message>
        <source>%1: no changes yet.</source>
        <translation>%1: noch keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s), newest first.</source>
        <translation>
            <numerusform>%1: %n Änderung.</numerusform>
            <numerusform>%1: %n Änderungen, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · Revision %2</translation>
    </message>
</context>
<context>
    <name>Valuemap::ImportExportMenus</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Valuemap &amp;JSON…</source>
        <translation>Valuemap-&amp;JSON…</translation>
    </message>
    <message>
        <source>Stories &amp;CSV…</source>
        <translation>Storys als &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;storymaps.io Map…</source>
        <translation>&amp;storymaps.io-Map…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export as Valuemap JSON</source>
        <translation>Als Valuemap-JSON exportieren</translation>
    </message>
    <message>
        <source>Valuemap JSON (*.json)</source>
        <translation>Valuemap-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Stories as CSV</source>
        <translation>Storys als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export as storymaps.io Map</source>
        <translation>Als storymaps.io-Map exportieren</translation>
    </message>
    <message>
        <source>storymaps.io JSON (*.json)</source>
        <translation>storymaps.io-JSON (*.json)</translation>
    </message>
    <message>
        <source>Jira CSV, Epics from &amp;Activities…</source>
        <translation>Jira-CSV, Epics aus &amp;Aktivitäten…</translation>
    </message>
    <message>
        <source>Export for Jira</source>
        <translation>Für Jira exportieren</translation>
    </message>
    <message>
        <source>Jira CSV, Epics from S&amp;teps…</source>
        <translation>Jira-CSV, Epics aus Schri&amp;tten…</translation>
    </message>
    <message>
        <source>Map as &amp;PDF (One Page)…</source>
        <translation>Story Map als &amp;PDF (eine Seite)…</translation>
    </message>
    <message>
        <source>Map as P&amp;oster PDF (Tiled)…</source>
        <translation>Story Map als P&amp;oster-PDF (gekachelt)…</translation>
    </message>
    <message>
        <source>Map as P&amp;NG…</source>
        <translation>Story Map als P&amp;NG…</translation>
    </message>
    <message>
        <source>Map as S&amp;VG…</source>
        <translation>Story Map als S&amp;VG…</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot import “%1”</source>
        <translation>„%1“ kann nicht importiert werden</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>As a new plan, the import creates:</source>
        <translation>Als neuer Plan legt der Import an:</translation>
    </message>
    <message>
        <source>Merged into “%1”, it adds (the plan keeps its own name and product details):</source>
        <translation>Zusammengeführt mit „%1“ fügt der Import hinzu (der Plan behält seinen Namen und seine Produktdetails):</translation>
    </message>
    <message>
        <source>Not imported or adapted:</source>
        <translation>Nicht importiert oder angepasst:</translation>
    </message>
    <message>
        <source>Import as &amp;New Plan…</source>
        <translation>Als &amp;neuen Plan importieren…</translation>
    </message>
    <message>
        <source>&amp;Merge into “%1”</source>
        <translation>Mit „%1“ &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>New Plan from Import</source>
        <translation>Neuer Plan aus Import</translation>
    </message>
    <message>
        <source>Valuemap plans (*.valuemap)</source>
        <translation>Valuemap-Pläne (*.valuemap)</translation>
    </message>
    <message>
        <source>“%1” is the open plan. Choose another name for the new plan.</source>
        <translation>„%1“ ist der geöffnete Plan. Wählen Sie einen anderen Namen für den neuen Plan.</translation>
    </message>
    <message>
        <source>Creating the plan…</source>
        <translation>Plan wird angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Check that the folder is writable and the disk has space.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist und auf dem Datenträger genug Speicherplatz frei ist.</translation>
    </message>
    <message>
        <source>Export Map as PNG</source>
        <translation>Story Map als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Map as SVG</source>
        <translation>Story Map als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Export Map as PDF</source>
        <translation>Story Map als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (96 is the map at 100 %):</source>
        <translation>Auflösung in dpi (96 entspricht der Story Map bei 100 %):</translation>
    </message>
    <message>
        <source>Writing the map…</source>
        <translation>Story Map wird geschrieben…</translation>
    </message>
    <message>
        <source>Client &amp;Handout (PDF)…</source>
        <translation>Kunden-&amp;Handout (PDF)…</translation>
    </message>
    <message>
        <source>Export Client Handout</source>
        <translation>Kunden-Handout exportieren</translation>
    </message>
    <message>
        <source>“%1” is the open plan. Choose another name for the handout.</source>
        <translation>„%1“ ist der geöffnete Plan. Wählen Sie einen anderen Namen für das Handout.</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>Das Handout wird geschrieben…</translation>
    </message>
    <message>
        <source>Client Handout</source>
        <translation>Kunden-Handout</translation>
    </message>
</context>
<context>
    <name>Valuemap::IncrementsView</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Increment / feedback</source>
        <translation>Inkrement / Feedback</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Note / feedback</source>
        <translation>Notiz / Feedback</translation>
    </message>
    <message>
        <source>Add &amp;Feedback…</source>
        <translation>&amp;Feedback hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Make a Story from This Feedback</source>
        <translation>&amp;Story aus diesem Feedback erstellen</translation>
    </message>
    <message>
        <source>&amp;Delete Feedback</source>
        <translation>Feedback &amp;löschen</translation>
    </message>
    <message>
        <source>Feedback on “%1”</source>
        <translation>Feedback zu „%1“</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Kundenfeedback</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n story(ies))</source>
        <translation>
            <numerusform>%1 (%n Story)</numerusform>
            <numerusform>%1 (%n Storys)</numerusform>
        </translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Inkrement</translation>
    </message>
    <message>
        <source>Shipped stories</source>
        <translation>Ausgelieferte Storys</translation>
    </message>
    <message>
        <source>Feedback on single stories</source>
        <translation>Feedback zu einzelnen Storys</translation>
    </message>
    <message>
        <source>No increment delivered yet: use Deliver… on the Releases tab.</source>
        <translation>Noch kein Inkrement geliefert: Verwenden Sie „Liefern…“ in der Ansicht „Releases“.</translation>
    </message>
    <message>
        <source>Add Customer Feedback</source>
        <translation>Kundenfeedback hinzufügen</translation>
    </message>
    <message>
        <source>What did the customer say?</source>
        <translation>Was hat der Kunde gesagt?</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> von 5</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Feedback:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>New unplanned story “%1” under “%2”.</source>
        <translation>Neue ungeplante Story „%1“ unter „%2“.</translation>
    </message>
</context>
<context>
    <name>Valuemap::ItemAccessibility</name>
    <message>
        <source>Story: %1</source>
        <translation>Story: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Estimate: %1 pts</source>
        <translation>Schätzung: %1 Punkte</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Nicht geschätzt</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation>Release: %1</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
</context>
<context>
    <name>Valuemap::MainWindow</name>
    <message>
        <source>Valuemap plans (*.valuemap)</source>
        <translation>Valuemap-Pläne (*.valuemap)</translation>
    </message>
    <message>
        <source>Open a plan or start a new one.</source>
        <translation>Öffnen Sie einen Plan oder beginnen Sie einen neuen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Plan</source>
        <translation>Beispiel&amp;plan öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Valuemap</source>
        <translation>&amp;Über Valuemap</translation>
    </message>
    <message>
        <source>About Valuemap</source>
        <translation>Über Valuemap</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Valuemap %1&lt;/h3&gt;&lt;p&gt;Plan value delivery, not just delivery: the vision, the story map, release slices and the customer goals they serve, in one file.&lt;/p&gt;&lt;p&gt;Every change is saved as you make it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Valuemap %1&lt;/h3&gt;&lt;p&gt;Planen Sie, wie Sie Wert liefern, nicht nur Lieferungen: die Vision, die Story Map, Release-Slices und die Kundenziele, denen sie dienen – in einer Datei.&lt;/p&gt;&lt;p&gt;Jede Änderung wird sofort gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Valuemap</source>
        <translation>Valuemap</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Opened for viewing only</source>
        <translation>Nur zum Ansehen geöffnet</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>%1 — Valuemap</source>
        <translation>%1 — Valuemap</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [schreibgeschützt]</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the sample plan</source>
        <translation>Beispielplan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create plan</source>
        <translation>Plan kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>Untitled plan.valuemap</source>
        <translation>Unbenannter Plan.valuemap</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>%1 (copy).valuemap</source>
        <translation>%1 (Kopie).valuemap</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Keine zuletzt geöffneten Pläne</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Story Map</source>
        <translation>Story Map</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Kundenziele</translation>
    </message>
    <message>
        <source>Increments</source>
        <translation>Inkremente</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Show the plan full screen for the room: vision, map slice by slice, release plan, goal charts</source>
        <translation>Den Plan für den Raum im Vollbild zeigen: Vision, Map Slice für Slice, Releaseplan, Kundenziel-Diagramme</translation>
    </message>
    <message>
        <source>Fast &amp;Capture</source>
        <translation>Schnell&amp;erfassung</translation>
    </message>
    <message>
        <source>Type cards one after another into the selected cell or vision area</source>
        <translation>Karten nacheinander in die gewählte Zelle oder den gewählten Vision-Bereich tippen</translation>
    </message>
    <message>
        <source>&amp;Timebox Timer</source>
        <translation>&amp;Timebox-Timer</translation>
    </message>
    <message>
        <source>A countdown for an exercise, with a gentle signal at the end</source>
        <translation>Ein Countdown für eine Übung, mit einem sanften Signal am Ende</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Timebox</translation>
    </message>
    <message>
        <source>Start Dot &amp;Vote…</source>
        <translation>Punkte&amp;abstimmung starten…</translation>
    </message>
    <message>
        <source>Vote &amp;Panel</source>
        <translation>Abstimmungs&amp;bereich</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Plan opened with a warning</source>
        <translation>Plan mit einer Warnung geöffnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Configure Valuemap…</source>
        <translation>&amp;Valuemap einrichten…</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus Vor&amp;lage…</translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation>&amp;Vision</translation>
    </message>
    <message>
        <source>Story &amp;Map</source>
        <translation>Story &amp;Map</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>&amp;Releases</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Kundenziele</translation>
    </message>
    <message>
        <source>&amp;Increments</source>
        <translation>&amp;Inkremente</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>V&amp;ollbild</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Start the new plan from:</source>
        <translation>Den neuen Plan beginnen mit:</translation>
    </message>
    <message>
        <source>%1 (on the server) — Valuemap</source>
        <translation>%1 (auf dem Server) — Valuemap</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Vom Ser&amp;ver öffnen…</translation>
    </message>
    <message>
        <source>Open a plan on a team server, shared live with the team</source>
        <translation>Einen Plan auf einem Team-Server öffnen, live mit dem Team geteilt</translation>
    </message>
    <message>
        <source>S&amp;hare on Server…</source>
        <translation>Auf Server &amp;teilen…</translation>
    </message>
    <message>
        <source>Copy this plan to a team server to work on it together</source>
        <translation>Diesen Plan auf einen Team-Server kopieren, um gemeinsam daran zu arbeiten</translation>
    </message>
    <message>
        <source>Shared as plan “%1”</source>
        <translation>Als Plan „%1“ geteilt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>%1

Password (not saved):</source>
        <translation>%1

Passwort (wird nicht gespeichert):</translation>
    </message>
    <message>
        <source>● Live: %1 as %2 (%3)</source>
        <translation>● Live: %1 als %2 (%3)</translation>
    </message>
    <message>
        <source>○ Offline — reconnecting…</source>
        <translation>○ Offline – Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by others, the last by %1: %2</source>
        <translation>
            <numerusform>%n Änderung von anderen, zuletzt von %1: %2</numerusform>
            <numerusform>%n Änderungen von anderen, die letzte von %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1; every change is saved on the server as you make it</source>
        <translation>%1 geöffnet; jede Änderung wird sofort auf dem Server gespeichert</translation>
    </message>
    <message>
        <source>Story &amp;Details Panel</source>
        <translation>Story-&amp;Details-Bereich</translation>
    </message>
    <message>
        <source>○ No longer shared with %1</source>
        <translation>○ Nicht mehr für %1 freigegeben</translation>
    </message>
    <message>
        <source>● Live, for viewing only: %1 as %2 (%3)</source>
        <translation>● Live, nur zum Ansehen: %1 als %2 (%3)</translation>
    </message>
    <message>
        <source>Opened %1 for viewing only (the bar above says why)</source>
        <translation>%1 nur zum Ansehen geöffnet (die Leiste oben sagt, warum)</translation>
    </message>
</context>
<context>
    <name>Valuemap::MapExport</name>
    <message>
        <source>Could not write “%1”: %2. Check that the folder exists and is writable.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Story map — %1</source>
        <translation>Story Map — %1</translation>
    </message>
    <message>
        <source>%1 — story map</source>
        <translation>%1 — Story Map</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>row %1, column %2 (page %3 of %4)</source>
        <translation>Zeile %1, Spalte %2 (Seite %3 von %4)</translation>
    </message>
    <message>
        <source>A picture of this map at %1 dpi would be %2 × %3 pixels, too large. Choose a lower resolution.</source>
        <translation>Ein Bild dieser Story Map mit %1 dpi wäre %2 × %3 Pixel groß und damit zu groß. Wählen Sie eine niedrigere Auflösung.</translation>
    </message>
</context>
<context>
    <name>Valuemap::MapOverview</name>
    <message>
        <source>Map overview</source>
        <translation>Kartenübersicht</translation>
    </message>
    <message>
        <source>The whole story map in miniature; click or drag to move the view there</source>
        <translation>Die ganze Story Map in Miniatur; klicken oder ziehen, um die Ansicht dorthin zu bewegen</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu bewegen</translation>
    </message>
</context>
<context>
    <name>Valuemap::MeasurementsCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>needs a date and a value, e.g. 2026-03-31%1 4.2</source>
        <translation>braucht ein Datum und einen Wert, z. B. 2026-03-31%1 4.2</translation>
    </message>
    <message>
        <source>has %1 fields; expected date, value and an optional note (quote a note that contains “%2”)</source>
        <translation>hat %1 Felder; erwartet werden Datum, Wert und optional eine Notiz (setzen Sie eine Notiz, die „%2“ enthält, in Anführungszeichen)</translation>
    </message>
    <message>
        <source>the date is missing (use YYYY-MM-DD)</source>
        <translation>das Datum fehlt (Format JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (Format JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>der Wert fehlt</translation>
    </message>
    <message>
        <source>“%1” is not a number (use e.g. 4.2)</source>
        <translation>„%1“ ist keine Zahl (z. B. 4.2)</translation>
    </message>
    <message>
        <source>The file holds no measurements. Each line needs a date and a value, e.g. 2026-03-31,4.2</source>
        <translation>Die Datei enthält keine Messwerte. Jede Zeile braucht ein Datum und einen Wert, z. B. 2026-03-31,4.2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”; correct these lines and import it again:
%2</source>
        <translation>Aus „%1“ wurde nichts importiert; korrigieren Sie diese Zeilen und importieren Sie die Datei erneut:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Measurement(s)</source>
        <translation>
            <numerusform>%n Messwert importieren</numerusform>
            <numerusform>%n Messwerte importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::MeasurementsTable</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Add Measurement</source>
        <translation>Messwert hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>A CSV file with the columns date,value[,note]; dates as YYYY-MM-DD.</source>
        <translation>Eine CSV-Datei mit den Spalten date,value[,note]; Datumsangaben im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Import Measurements</source>
        <translation>Messwerte importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Measurement(s)</source>
        <translation>
            <numerusform>%n Messwert löschen</numerusform>
            <numerusform>%n Messwerte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Measurements from “%1”</source>
        <translation>Messwerte aus „%1“ importieren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) will be added to “%1”.</source>
        <translation>
            <numerusform>%n Messwert wird zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Messwerte werden zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until these lines are corrected in the file:</source>
        <translation>Es kann nichts importiert werden, bis diese Zeilen in der Datei korrigiert sind:</translation>
    </message>
</context>
<context>
    <name>Valuemap::OpenFromServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Vom Server öffnen</translation>
    </message>
    <message>
        <source>&amp;List Plans</source>
        <translation>Pläne &amp;auflisten</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Ihre Zugriffsstufe</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Plans you may open</source>
        <translation>Pläne, die Sie öffnen dürfen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Role “%1” is a member of no plan on %2. Share one (File ▸ Share on Server…) or ask a plan&apos;s owner to add you.</source>
        <translation>Die Rolle „%1“ ist auf %2 Mitglied keines Plans. Teilen Sie einen Plan (Datei ▸ Auf Server teilen…) oder bitten Sie den Eigentümer eines Plans, Sie hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) on %1 that role “%2” may open.</source>
        <translation>
            <numerusform>%n Plan auf %1, den die Rolle „%2“ öffnen darf.</numerusform>
            <numerusform>%n Pläne auf %1, die die Rolle „%2“ öffnen darf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::OutlineDelegate</name>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
</context>
<context>
    <name>Valuemap::OutlineRenderer</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>%1 — outline</source>
        <translation>%1 — Gliederung</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>The map has no activities yet.</source>
        <translation>Die Story Map hat noch keine Aktivitäten.</translation>
    </message>
</context>
<context>
    <name>Valuemap::OutlineView</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Story map outline</source>
        <translation>Gliederung der Story Map</translation>
    </message>
    <message>
        <source>Story details</source>
        <translation>Story-Details</translation>
    </message>
    <message>
        <source>Add &amp;Activity</source>
        <translation>&amp;Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Add S&amp;tep</source>
        <translation>Schri&amp;tt hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Story</source>
        <translation>&amp;Story hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>Add an activity to the backbone (Ctrl+Ins)</source>
        <translation>Aktivität zum Backbone hinzufügen (Strg+Einfg)</translation>
    </message>
    <message>
        <source>Add a step to the selected activity (Shift+Ins)</source>
        <translation>Schritt zur ausgewählten Aktivität hinzufügen (Umschalt+Einfg)</translation>
    </message>
    <message>
        <source>Add a story under the selected step (Ins)</source>
        <translation>Story unter dem ausgewählten Schritt hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Neue Story</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Find stories…</source>
        <translation>Storys suchen…</translation>
    </message>
    <message>
        <source>Find stories by key, title or description</source>
        <translation>Storys nach Schlüssel, Titel oder Beschreibung suchen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Suc&amp;hen</translation>
    </message>
</context>
<context>
    <name>Valuemap::OutputFile</name>
    <message>
        <source>the file was not opened</source>
        <translation>die Datei wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>Valuemap::OutputGuard</name>
    <message>
        <source>no output file is named</source>
        <translation>es ist keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>the name “%1” is longer than the 255 bytes a file name may have; choose a shorter name</source>
        <translation>der Name „%1“ ist länger als die 255 Bytes, die ein Dateiname haben darf; wählen Sie einen kürzeren Namen</translation>
    </message>
    <message>
        <source>“%1” is a link to a file that does not exist; Valuemap does not write through it. Remove the link or choose another name</source>
        <translation>„%1“ ist ein Link auf eine Datei, die nicht existiert; Valuemap schreibt nicht über ihn. Entfernen Sie den Link oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>“%1” is a folder; name a file inside it</source>
        <translation>„%1“ ist ein Ordner; geben Sie eine Datei darin an</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, a pipe or a socket); Valuemap replaces only files, so name a file to write</source>
        <translation>„%1“ ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket); Valuemap ersetzt nur Dateien, geben Sie also eine Datei zum Schreiben an</translation>
    </message>
    <message>
        <source>“%1” is the file being read; the output would destroy it. Choose another name for the output</source>
        <translation>„%1“ ist die gelesene Datei; die Ausgabe würde sie zerstören. Wählen Sie einen anderen Namen für die Ausgabe</translation>
    </message>
    <message>
        <source>“%1” is the file being read (%2, by another name); the output would destroy it. Choose another name for the output</source>
        <translation>„%1“ ist die gelesene Datei (%2, unter einem anderen Namen); die Ausgabe würde sie zerstören. Wählen Sie einen anderen Namen für die Ausgabe</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>„%1“ existiert bereits</translation>
    </message>
    <message>
        <source>“%1” is a Valuemap plan; an export does not replace a plan</source>
        <translation>„%1“ ist ein Valuemap-Plan; ein Export ersetzt keinen Plan</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; Valuemap replaces only files</source>
        <translation>„%1“ ist keine reguläre Datei; Valuemap ersetzt nur Dateien</translation>
    </message>
    <message>
        <source>the new file could not be moved into place (%1)</source>
        <translation>die neue Datei konnte nicht an ihren Platz verschoben werden (%1)</translation>
    </message>
    <message>
        <source>“%1” already exists (it appeared while the file was written)</source>
        <translation>„%1“ existiert bereits (die Datei ist entstanden, während geschrieben wurde)</translation>
    </message>
    <message>
        <source>“%1” is where SQLite keeps the unsaved changes of “%2”; writing it could destroy them. Choose a name that does not end in “%3”</source>
        <translation>In „%1“ hält SQLite die noch nicht übernommenen Änderungen von „%2“; sie zu schreiben könnte diese zerstören. Wählen Sie einen Namen, der nicht auf „%3“ endet</translation>
    </message>
    <message>
        <source>“-” names no file: Valuemap writes to a file, not to standard output; name one, e.g. -o plan.json</source>
        <translation>„-“ benennt keine Datei: Valuemap schreibt in eine Datei, nicht auf die Standardausgabe; nennen Sie eine, z. B. -o plan.json</translation>
    </message>
</context>
<context>
    <name>Valuemap::PersonasModel</name>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Valuemap::PgStore</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> by %1 (revision %2)</source>
        <translation> von %1 (Revision %2)</translation>
    </message>
    <message>
        <source>Not saved to plan “%1”: %2.</source>
        <translation>Nicht im Plan „%1“ gespeichert: %2.</translation>
    </message>
    <message>
        <source>plan “%1” on %2</source>
        <translation>Plan „%1“ auf %2</translation>
    </message>
    <message>
        <source>“%1” was not applied: %2 was changed meanwhile%3 on plan “%4”. Nothing of it was kept. The plan now shows the current state; make the change again if you still want it.</source>
        <translation>„%1“ wurde nicht übernommen: %2 wurde zwischenzeitlich%3 im Plan „%4“ geändert. Nichts davon wurde behalten. Der Plan zeigt jetzt den aktuellen Stand; nehmen Sie die Änderung erneut vor, wenn Sie sie weiterhin möchten.</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>The connection to %1 is lost; the change was not saved.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>%1 %2 “%3”</source>
        <translation>%1 %2 „%3“</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>das Feld „%1“ von %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) with values Valuemap does not accept</source>
        <translation>
            <numerusform>… und %n weitere Zeile mit Werten, die Valuemap nicht annimmt</numerusform>
            <numerusform>… und %n weitere Zeilen mit Werten, die Valuemap nicht annimmt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::PlanCheck</name>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Vision notes: %1</source>
        <translation>Vision-Notizen: %1</translation>
    </message>
    <message>
        <source>Personas: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message>
        <source>Activities: %1, steps: %2</source>
        <translation>Aktivitäten: %1, Schritte: %2</translation>
    </message>
    <message>
        <source>Stories: %1 (%2 done, %3 unplanned)</source>
        <translation>Storys: %1 (%2 erledigt, %3 ungeplant)</translation>
    </message>
    <message>
        <source>Releases: %1</source>
        <translation>Releases: %1</translation>
    </message>
    <message>
        <source>Customer goals: %1, measurements: %2</source>
        <translation>Kundenziele: %1, Messwerte: %2</translation>
    </message>
    <message>
        <source>Delivered increments: %1, feedback: %2</source>
        <translation>Gelieferte Inkremente: %1, Feedback: %2</translation>
    </message>
    <message>
        <source>it was cast by a participant of another vote than its own (dot vote %1)</source>
        <translation>er wurde von einem Teilnehmer einer anderen Abstimmung gesetzt (Punkteabstimmung %1)</translation>
    </message>
    <message>
        <source>its dot vote %1 is on vision notes, so it needs a note and no story</source>
        <translation>seine Punkteabstimmung %1 gilt Vision-Notizen, er braucht also eine Notiz und keine Story</translation>
    </message>
    <message>
        <source>its dot vote %1 is on stories, so it needs a story and no note</source>
        <translation>seine Punkteabstimmung %1 gilt Storys, er braucht also eine Story und keine Notiz</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>the %1 rows of %2 %3 are not numbered 0, 1, 2 … (gaps or repeats)</source>
        <translation>die Zeilen „%1“ von %2 %3 sind nicht 0, 1, 2 … durchnummeriert (Lücken oder Wiederholungen)</translation>
    </message>
    <message>
        <source>the %1 rows are not numbered 0, 1, 2 … (gaps or repeats)</source>
        <translation>die Zeilen „%1“ sind nicht 0, 1, 2 … durchnummeriert (Lücken oder Wiederholungen)</translation>
    </message>
</context>
<context>
    <name>Valuemap::PlanData</name>
    <message numerus="yes">
        <source>%n vision note(s)</source>
        <translation>
            <numerusform>%n Vision-Notiz</numerusform>
            <numerusform>%n Vision-Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n Persona</numerusform>
            <numerusform>%n Personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n Story</numerusform>
            <numerusform>%n Storys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n Release</numerusform>
            <numerusform>%n Releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer goal(s)</source>
        <translation>
            <numerusform>%n Kundenziel</numerusform>
            <numerusform>%n Kundenziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n Messwert</numerusform>
            <numerusform>%n Messwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered increment(s)</source>
        <translation>
            <numerusform>%n geliefertes Inkrement</numerusform>
            <numerusform>%n gelieferte Inkremente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback entry(ies)</source>
        <translation>
            <numerusform>%n Feedback-Eintrag</numerusform>
            <numerusform>%n Feedback-Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot vote(s)</source>
        <translation>
            <numerusform>%n Dot-Vote</numerusform>
            <numerusform>%n Dot-Votes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing (the file holds no stories)</source>
        <translation>nichts (die Datei enthält keine Storys)</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>Das Produkt</translation>
    </message>
    <message>
        <source>The %1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>The %1 with id %2</source>
        <translation>%1 mit der ID %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: the tag name “%2” is already used by the tag “%3”; tag names must differ in more than upper and lower case.</source>
        <translation>%1: Der Tag-Name „%2“ wird bereits vom Tag „%3“ verwendet; Tag-Namen müssen sich nicht nur in der Groß- und Kleinschreibung unterscheiden.</translation>
    </message>
    <message>
        <source>%1: this %2 links %3 %4 and %5 %6 a second time.</source>
        <translation>%1: Diese Zeile vom Typ „%2“ verknüpft %3 %4 und %5 %6 ein zweites Mal.</translation>
    </message>
</context>
<context>
    <name>Valuemap::PlanJson</name>
    <message>
        <source>This JSON file is not a Valuemap plan: its field “format” is not “%1”. Export it from Valuemap with File → Export → Valuemap JSON.</source>
        <translation>Diese JSON-Datei ist kein Valuemap-Plan: Ihr Feld „format“ ist nicht „%1“. Exportieren Sie den Plan in Valuemap mit Datei → Exportieren → Valuemap-JSON.</translation>
    </message>
    <message>
        <source>This Valuemap JSON file has format version %1; this Valuemap reads version %2. Update Valuemap to import it.</source>
        <translation>Diese Valuemap-JSON-Datei hat die Formatversion %1; diese Valuemap-Version liest Version %2. Aktualisieren Sie Valuemap, um die Datei zu importieren.</translation>
    </message>
    <message>
        <source>Field “%1.%2” is unknown to this version of Valuemap.</source>
        <translation>Das Feld „%1.%2“ ist dieser Version von Valuemap unbekannt.</translation>
    </message>
    <message>
        <source>Field “%1” is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>Field “%1” must not be null.</source>
        <translation>Das Feld „%1“ darf nicht null sein.</translation>
    </message>
    <message>
        <source>Field “%1” must be a whole number.</source>
        <translation>Das Feld „%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Field “%1” must be a number.</source>
        <translation>Das Feld „%1“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Field “%1” must be text.</source>
        <translation>Das Feld „%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>Field “product” is missing or not an object.</source>
        <translation>Das Feld „product“ fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>Table “tables.%1” is unknown to this version of Valuemap.</source>
        <translation>Die Tabelle „tables.%1“ ist dieser Version von Valuemap unbekannt.</translation>
    </message>
    <message>
        <source>Field “tables.%1” must be a list of rows.</source>
        <translation>Das Feld „tables.%1“ muss eine Liste von Zeilen sein.</translation>
    </message>
    <message>
        <source>Row “%1” must be an object.</source>
        <translation>Die Zeile „%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Field “%1.id” must be a positive number that no other row of “%2” uses.</source>
        <translation>Das Feld „%1.id“ muss eine positive Zahl sein, die keine andere Zeile von „%2“ verwendet.</translation>
    </message>
    <message>
        <source>Field “%1” in “tables.%2” must number the rows of each parent 0, 1, 2 … without gaps or repeats; under parent %3 it does not.</source>
        <translation>Das Feld „%1“ in „tables.%2“ muss die Zeilen jedes übergeordneten Eintrags lückenlos und ohne Wiederholung mit 0, 1, 2 … nummerieren; unter dem Eintrag %3 tut es das nicht.</translation>
    </message>
    <message>
        <source>The dot with id %1 in “tables.vote_dot” was cast by a participant of another vote than its own (vote id %2).</source>
        <translation>Der Punkt mit der ID %1 in „tables.vote_dot“ wurde von einer teilnehmenden Person einer anderen Abstimmung gesetzt (Abstimmungs-ID %2).</translation>
    </message>
    <message>
        <source>The dot with id %1 in “tables.vote_dot” belongs to a vote on vision notes: it needs a note_id and no story_id.</source>
        <translation>Der Punkt mit der ID %1 in „tables.vote_dot“ gehört zu einer Abstimmung über Vision-Notizen: Er braucht eine note_id und keine story_id.</translation>
    </message>
    <message>
        <source>The dot with id %1 in “tables.vote_dot” belongs to a vote on stories: it needs a story_id and no note_id.</source>
        <translation>Der Punkt mit der ID %1 in „tables.vote_dot“ gehört zu einer Abstimmung über Storys: Er braucht eine story_id und keine note_id.</translation>
    </message>
    <message>
        <source>Tags whose names differ only in upper and lower case were merged into one: %1.</source>
        <translation>Tags, deren Namen sich nur in der Groß- und Kleinschreibung unterscheiden, wurden zu einem zusammengeführt: %1.</translation>
    </message>
    <message>
        <source>Field “version” is missing: a Valuemap JSON file states its format version as a number, e.g. &quot;version&quot;: %1.</source>
        <translation>Das Feld „version“ fehlt: Eine Valuemap-JSON-Datei gibt ihre Formatversion als Zahl an, z. B. &quot;version&quot;: %1.</translation>
    </message>
    <message>
        <source>Field “version” must be a number, e.g. &quot;version&quot;: %1, not %2.</source>
        <translation>Das Feld „version“ muss eine Zahl sein, z. B. &quot;version&quot;: %1, nicht %2.</translation>
    </message>
    <message>
        <source>Field “%1” holds %2, far more than a plan holds (at most %3).</source>
        <translation>Das Feld „%1“ enthält %2, weit mehr, als ein Plan enthält (höchstens %3).</translation>
    </message>
    <message>
        <source>Row “%1”</source>
        <translation>Zeile „%1“</translation>
    </message>
    <message>
        <source>Row “%1” (%2 “%3”)</source>
        <translation>Zeile „%1“ (%2 „%3“)</translation>
    </message>
    <message>
        <source>%1: its field “%2” refers to %3 id %4, which the file does not contain.</source>
        <translation>%1: Das Feld „%2“ verweist auf die ID %4 in „%3“, die in der Datei nicht vorkommt.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) held control characters or broken Unicode; those characters were left out.</source>
        <translation>
            <numerusform>%n Text enthielt Steuerzeichen oder fehlerhaftes Unicode; diese Zeichen wurden weggelassen.</numerusform>
            <numerusform>%n Texte enthielten Steuerzeichen oder fehlerhaftes Unicode; diese Zeichen wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field “tables” is missing or not an object.</source>
        <translation>Das Feld „tables“ fehlt oder ist kein Objekt.</translation>
    </message>
    <message numerus="yes">
        <source>%n story key number(s) appear more than once (%1): the stories after the first with each number get new numbers, so their keys change.</source>
        <translation>
            <numerusform>%n Story-Schlüsselnummer kommt mehrfach vor (%1): Die Storys nach der ersten mit dieser Nummer erhalten neue Nummern, ihre Schlüssel ändern sich also.</numerusform>
            <numerusform>%n Story-Schlüsselnummern kommen mehrfach vor (%1): Die Storys nach der ersten mit jeder Nummer erhalten neue Nummern, ihre Schlüssel ändern sich also.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field “version” must be a whole number from 1 to %1, e.g. &quot;version&quot;: %1, not %2.</source>
        <translation>Das Feld „version“ muss eine ganze Zahl von 1 bis %1 sein, z. B. &quot;version&quot;: %1, nicht %2.</translation>
    </message>
</context>
<context>
    <name>Valuemap::PlanTemplates</name>
    <message>
        <source>Blank plan</source>
        <translation>Leerer Plan</translation>
    </message>
    <message>
        <source>An empty vision board and an empty story map.</source>
        <translation>Ein leeres Vision Board und eine leere Story Map.</translation>
    </message>
    <message>
        <source>Workshop kit</source>
        <translation>Workshop-Set</translation>
    </message>
    <message>
        <source>The vision board&apos;s questions as notes in each area, and a backbone of four activities to rename: ready for a first workshop with the client.</source>
        <translation>Die Fragen des Vision Boards als Notizen in jedem Bereich und ein Backbone aus vier Aktivitäten zum Umbenennen: bereit für einen ersten Workshop mit dem Kunden.</translation>
    </message>
    <message>
        <source>Coffee subscription (sample)</source>
        <translation>Kaffee-Abo (Beispiel)</translation>
    </message>
    <message>
        <source>A complete example plan: vision, story map, releases, goals and charts.</source>
        <translation>Ein vollständiger Beispielplan: Vision, Story Map, Releases, Kundenziele und Diagramme.</translation>
    </message>
</context>
<context>
    <name>Valuemap::PresentationWindow</name>
    <message>
        <source>%1 — Presentation</source>
        <translation>%1 — Präsentation</translation>
    </message>
    <message>
        <source>→ next   ← back   C capture   T timer   B blank   Esc leave</source>
        <translation>→ weiter   ← zurück   C erfassen   T Timer   B schwarz   Esc beenden</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Story map</source>
        <translation>Story Map</translation>
    </message>
    <message>
        <source>Story map — %1</source>
        <translation>Story Map — %1</translation>
    </message>
    <message>
        <source>(unnamed release)</source>
        <translation>(Release ohne Namen)</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>Releaseplan</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Product owner: %1</source>
        <translation>Product Owner: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>✗ Not a working product — missing: %1</source>
        <translation>✗ Kein funktionierendes Produkt – es fehlt: %1</translation>
    </message>
    <message>
        <source>✓ A working product</source>
        <translation>✓ Ein funktionierendes Produkt</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Release plan (%1 of %2)</source>
        <translation>Releaseplan (%1 von %2)</translation>
    </message>
    <message>
        <source>Story map — %1 (%2 of %3)</source>
        <translation>Story Map — %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>“%1” has no stories yet.
Press C to capture the first one.</source>
        <translation>„%1“ hat noch keine Storys.
Drücken Sie C, um die erste zu erfassen.</translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1 von %2)</translation>
    </message>
</context>
<context>
    <name>Valuemap::PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print what the tab in front shows, as in its PDF export</source>
        <translation>Drucken, was die vorne liegende Ansicht zeigt, wie in ihrem PDF-Export</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Dr&amp;uckvorschau…</translation>
    </message>
    <message>
        <source>See the pages of the tab in front before printing them</source>
        <translation>Die Seiten der vorne liegenden Ansicht vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>Print Story Map</source>
        <translation>Story Map drucken</translation>
    </message>
    <message>
        <source>Print the whole map on one page, or as a poster of pages to put together?</source>
        <translation>Die ganze Story Map auf einer Seite drucken oder als Poster aus Seiten, die zusammengesetzt werden?</translation>
    </message>
    <message>
        <source>&amp;One Page</source>
        <translation>&amp;Eine Seite</translation>
    </message>
    <message>
        <source>&amp;Poster</source>
        <translation>&amp;Poster</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <source>Print — %1</source>
        <translation>Drucken — %1</translation>
    </message>
</context>
<context>
    <name>Valuemap::ReleaseBoard</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <source>No story here:
not end-to-end</source>
        <translation>Keine Story hier:
nicht Ende-zu-Ende</translation>
    </message>
    <message>
        <source>Release slicing board</source>
        <translation>Release-Slicing-Board</translation>
    </message>
    <message>
        <source>New Slice</source>
        <translation>Neuer Slice</translation>
    </message>
    <message>
        <source>Add a release slice below the current one</source>
        <translation>Release-Slice unter dem aktuellen hinzufügen</translation>
    </message>
    <message>
        <source>Split Off Selected</source>
        <translation>Auswahl abspalten</translation>
    </message>
    <message>
        <source>Move the selected stories of the current slice into a new slice below it</source>
        <translation>Die ausgewählten Storys des aktuellen Slices in einen neuen Slice darunter verschieben</translation>
    </message>
    <message>
        <source>Merge into Slice Above</source>
        <translation>Mit Slice darüber zusammenführen</translation>
    </message>
    <message>
        <source>Move the current slice&apos;s stories, goals and deliveries into the slice above</source>
        <translation>Storys, Kundenziele und Lieferungen des aktuellen Slices in den Slice darüber verschieben</translation>
    </message>
    <message>
        <source>Move Slice Up</source>
        <translation>Slice nach oben</translation>
    </message>
    <message>
        <source>Deliver this slice earlier</source>
        <translation>Diesen Slice früher liefern</translation>
    </message>
    <message>
        <source>Move Slice Down</source>
        <translation>Slice nach unten</translation>
    </message>
    <message>
        <source>Deliver this slice later</source>
        <translation>Diesen Slice später liefern</translation>
    </message>
    <message>
        <source>Deliver…</source>
        <translation>Liefern…</translation>
    </message>
    <message>
        <source>Record that this slice shipped to customers</source>
        <translation>Erfassen, dass dieser Slice an Kunden ausgeliefert wurde</translation>
    </message>
    <message>
        <source>Delete Slice</source>
        <translation>Slice löschen</translation>
    </message>
    <message>
        <source>Delete the current slice; its stories become unplanned</source>
        <translation>Den aktuellen Slice löschen; seine Storys werden ungeplant</translation>
    </message>
    <message>
        <source>Filter unplanned stories…</source>
        <translation>Ungeplante Storys filtern…</translation>
    </message>
    <message>
        <source>Filter unplanned stories</source>
        <translation>Ungeplante Storys filtern</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Story(s) to %1</source>
        <translation>
            <numerusform>%n Story nach %1 verschieben</numerusform>
            <numerusform>%n Storys nach %1 verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>%1 (split)</source>
        <translation>%1 (abgespalten)</translation>
    </message>
    <message>
        <source>○ to do</source>
        <translation>○ offen</translation>
    </message>
    <message>
        <source>◐ in progress</source>
        <translation>◐ in Arbeit</translation>
    </message>
    <message>
        <source>✕ blocked</source>
        <translation>✕ blockiert</translation>
    </message>
    <message>
        <source>Arrows move between cards, Ctrl+arrows move the selected cards between slices and activities, Enter edits, Del deletes, Space selects</source>
        <translation>Pfeiltasten wechseln zwischen Karten, Strg+Pfeiltasten verschieben die ausgewählten Karten zwischen Slices und Aktivitäten, Eingabe bearbeitet, Entf löscht, Leertaste wählt aus</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
</context>
<context>
    <name>Valuemap::ReleaseBoardScene</name>
    <message>
        <source>Releases, in delivery order</source>
        <translation>Releases in Lieferreihenfolge</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n Story</numerusform>
            <numerusform>%n Storys</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n unestimated</source>
        <translation>
            <numerusform>%n ohne Schätzung</numerusform>
            <numerusform>%n ohne Schätzung</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed release)</source>
        <translation>(Release ohne Namen)</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Geliefert am %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Zieldatum %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Kundenziele: %1</translation>
    </message>
    <message>
        <source>Over capacity: %1 of %2 pts</source>
        <translation>Kapazität überschritten: %1 von %2 Pkt.</translation>
    </message>
    <message>
        <source>Capacity %1 pts</source>
        <translation>Kapazität %1 Pkt.</translation>
    </message>
    <message>
        <source>Nothing new here: builds on an earlier delivery</source>
        <translation>Hier nichts Neues: baut auf einer früheren Lieferung auf</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
    <message>
        <source>Stories in no release: drag them onto a slice</source>
        <translation>Storys ohne Release: Ziehen Sie sie auf einen Slice</translation>
    </message>
    <message>
        <source>Showing the stories that match “%1”</source>
        <translation>Storys, die zu „%1“ passen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Story(s) To</source>
        <translation>
            <numerusform>%n Story verschieben nach</numerusform>
            <numerusform>%n Storys verschieben nach</numerusform>
        </translation>
    </message>
    <message>
        <source>Slice: %1</source>
        <translation>Slice: %1</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Aktivität: %1</translation>
    </message>
    <message>
        <source>Delivered %1: %2</source>
        <translation>Geliefert am %1: %2</translation>
    </message>
    <message>
        <source>Shipped %1</source>
        <translation>Ausgeliefert: %1</translation>
    </message>
</context>
<context>
    <name>Valuemap::ReleasePlanRenderer</name>
    <message>
        <source>The plan has no release slices yet.</source>
        <translation>Der Plan hat noch keine Release-Slices.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet in a release: %n story(s).</source>
        <translation>
            <numerusform>Noch in keinem Release: %n Story.</numerusform>
            <numerusform>Noch in keinem Release: %n Storys.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed release)</source>
        <translation>(Release ohne Namen)</translation>
    </message>
    <message>
        <source>target date %1</source>
        <translation>Zieldatum %1</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>geliefert am %1</translation>
    </message>
    <message>
        <source>Working product: every activity of the user&apos;s journey has a story%1.</source>
        <translation>Funktionierendes Produkt: Jede Aktivität der User Journey hat eine Story%1.</translation>
    </message>
    <message>
        <source> (or one delivered in an earlier slice)</source>
        <translation> (oder eine, die in einem früheren Slice geliefert wurde)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Customer goals:</source>
        <translation>Kundenziele:</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n Story</numerusform>
            <numerusform>%n Storys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>capacity %1 points</source>
        <translation>Kapazität %1 Punkte</translation>
    </message>
    <message>
        <source>business value %1</source>
        <translation>Geschäftswert %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not estimated</source>
        <translation>
            <numerusform>%n nicht geschätzt</numerusform>
            <numerusform>%n nicht geschätzt</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new: delivered in an earlier slice</source>
        <translation>nichts Neues: in einem früheren Slice geliefert</translation>
    </message>
    <message>
        <source>no story: users cannot do this yet</source>
        <translation>keine Story: Nutzer können das noch nicht tun</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %1: %n story(s).</source>
        <translation>
            <numerusform>Geliefert am %1: %n Story.</numerusform>
            <numerusform>Geliefert am %1: %n Storys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer feedback: %n response(s), average score %1 of 5.</source>
        <translation>
            <numerusform>Kundenfeedback: %n Antwort, durchschnittliche Bewertung %1 von 5.</numerusform>
            <numerusform>Kundenfeedback: %n Antworten, durchschnittliche Bewertung %1 von 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer feedback: %n response(s).</source>
        <translation>
            <numerusform>Kundenfeedback: %n Antwort.</numerusform>
            <numerusform>Kundenfeedback: %n Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipped %1.</source>
        <translation>Ausgeliefert: %1.</translation>
    </message>
</context>
<context>
    <name>Valuemap::ReleasePlanSlide</name>
    <message>
        <source>Release plan</source>
        <translation>Releaseplan</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>✓ A working product</source>
        <translation>✓ Ein funktionierendes Produkt</translation>
    </message>
    <message>
        <source>✗ Not a working product</source>
        <translation>✗ Kein funktionierendes Produkt</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Es fehlt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No release slices yet.</source>
        <translation>Noch keine Release-Slices.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>Teil %1 von %2</translation>
    </message>
</context>
<context>
    <name>Valuemap::ReleasesModel</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Storys</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
</context>
<context>
    <name>Valuemap::RoutedActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>A&amp;usschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Vergrößer&amp;n</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rü&amp;ckwärts suchen</translation>
    </message>
</context>
<context>
    <name>Valuemap::RowCheck</name>
    <message>
        <source>the %1 %2</source>
        <translation>das Feld „%1“ %2</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>vision note</source>
        <translation>Vision-Notiz</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>story</source>
        <translation>Story</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>story tag</source>
        <translation>Story-Tag</translation>
    </message>
    <message>
        <source>customer goal</source>
        <translation>Kundenziel</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>delivered increment</source>
        <translation>Inkrement</translation>
    </message>
    <message>
        <source>increment story</source>
        <translation>Inkrement-Story</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>story goal</source>
        <translation>Story-Kundenziel</translation>
    </message>
    <message>
        <source>release goal</source>
        <translation>Release-Kundenziel</translation>
    </message>
    <message>
        <source>dot vote</source>
        <translation>Punkteabstimmung</translation>
    </message>
    <message>
        <source>vote participant</source>
        <translation>Abstimmungsteilnahme</translation>
    </message>
    <message>
        <source>vote dot</source>
        <translation>Abstimmungspunkt</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>vision date</source>
        <translation>Vision-Datum</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>creation time</source>
        <translation>Erstellungszeitpunkt</translation>
    </message>
    <message>
        <source>time of the last change</source>
        <translation>Zeitpunkt der letzten Änderung</translation>
    </message>
    <message>
        <source>completion time</source>
        <translation>Erledigungszeitpunkt</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>acceptance criteria</source>
        <translation>Akzeptanzkriterien</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>business value</source>
        <translation>Geschäftswert</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>dots per participant</source>
        <translation>Punkte je Person</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a positive row number, not %1</source>
        <translation>muss eine positive Zeilennummer sein, nicht %1</translation>
    </message>
    <message>
        <source>must be one of 0 to %1, not %2</source>
        <translation>muss eine Zahl von 0 bis %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>holds control characters or broken Unicode</source>
        <translation>enthält Steuerzeichen oder fehlerhaftes Unicode</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (use ISO 8601)</source>
        <translation>enthält „%1“; das ist kein Datum mit Uhrzeit (Format ISO 8601)</translation>
    </message>
    <message>
        <source>“%1” is not a colour (use #rrggbb)</source>
        <translation>enthält „%1“; das ist keine Farbe (Format #rrggbb)</translation>
    </message>
    <message>
        <source>a %1 has %2 values instead of %3</source>
        <translation>eine Zeile vom Typ „%1“ hat %2 Werte statt %3</translation>
    </message>
    <message>
        <source>a feedback belongs to a delivered increment or a story, and this one names neither</source>
        <translation>ein Feedback gehört zu einem gelieferten Inkrement oder einer Story, dieses nennt aber keines von beiden</translation>
    </message>
    <message>
        <source>pipeline record</source>
        <translation>Pipeline-Eintrag</translation>
    </message>
    <message>
        <source>story key prefix</source>
        <translation>Präfix der Story-Schlüssel</translation>
    </message>
    <message>
        <source>next story number</source>
        <translation>nächste Story-Nummer</translation>
    </message>
    <message>
        <source>key number</source>
        <translation>Schlüsselnummer</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>content digest</source>
        <translation>Inhalts-Prüfsumme</translation>
    </message>
    <message>
        <source>kind of row</source>
        <translation>Art der Zeile</translation>
    </message>
    <message>
        <source>row number</source>
        <translation>Zeilennummer</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>recording time</source>
        <translation>Erfassungszeitpunkt</translation>
    </message>
    <message>
        <source>“%1” is not a key prefix (use 1 to 6 letters A to Z)</source>
        <translation>enthält „%1“; das ist kein Schlüsselpräfix (verwenden Sie 1 bis 6 Buchstaben von A bis Z)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>begins with an invisible byte order mark (U+FEFF)</source>
        <translation>beginnt mit einer unsichtbaren Byte-Order-Markierung (U+FEFF)</translation>
    </message>
    <message>
        <source>“%1” is not a date from 1900-01-01 to 9999-12-31 (use YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum vom 1900-01-01 bis 9999-12-31 (Format JJJJ-MM-TT)</translation>
    </message>
</context>
<context>
    <name>Valuemap::Salvage</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>it refers to %1 %2, which is missing</source>
        <translation>verweist auf %1 %2, diese Zeile fehlt</translation>
    </message>
    <message>
        <source>it refers to %1 %2, which is left out</source>
        <translation>verweist auf %1 %2, diese Zeile wird weggelassen</translation>
    </message>
    <message>
        <source>its values or its checksum failed the checks</source>
        <translation>die Werte oder die Prüfsumme haben die Prüfung nicht bestanden</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the %3 began with an invisible byte order mark (U+FEFF), which was taken off</source>
        <translation>%1 %2: das Feld „%3“ begann mit einer unsichtbaren Byte-Order-Markierung (U+FEFF), die entfernt wurde</translation>
    </message>
</context>
<context>
    <name>Valuemap::SchemaCheck</name>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>die Liste der Tabellen kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>this build of Valuemap cannot make its own schema %1</source>
        <translation>dieser Build von Valuemap kann sein eigenes Schema %1 nicht erzeugen</translation>
    </message>
    <message>
        <source>the table “%1” is defined differently (other columns, types or rules)</source>
        <translation>die Tabelle „%1“ ist anders definiert (andere Spalten, Typen oder Regeln)</translation>
    </message>
    <message>
        <source>it carries a %1 “%2” of its own (a plan holds data only, never code)</source>
        <translation>die Datei enthält eigenen Code: %1 „%2“ (ein Plan enthält nur Daten, niemals Code)</translation>
    </message>
    <message>
        <source>it holds an unexpected %1 “%2”</source>
        <translation>die Datei enthält ein unerwartetes Objekt: %1 „%2“</translation>
    </message>
    <message>
        <source>“%1” is a %2 where Valuemap keeps a %3</source>
        <translation>„%1“ ist vom Typ %2, Valuemap führt dort aber den Typ %3</translation>
    </message>
    <message>
        <source>the %1 “%2” is defined differently (other columns, types or rules)</source>
        <translation>%1 „%2“ ist anders definiert (andere Spalten, Typen oder Regeln)</translation>
    </message>
    <message>
        <source>its %1 “%2” is missing</source>
        <translation>%1 „%2“ fehlt</translation>
    </message>
</context>
<context>
    <name>Valuemap::ScreenPrint</name>
    <message>
        <source>Vision statement</source>
        <translation>Vision Statement</translation>
    </message>
    <message>
        <source>Story map</source>
        <translation>Story Map</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>Releaseplan</translation>
    </message>
    <message>
        <source>Goal charts</source>
        <translation>Kundenziel-Diagramme</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerAddress</name>
    <message>
        <source>the server address names “%1”, which is not a connection setting. Use the settings of PostgreSQL&apos;s libpq, e.g. %2.</source>
        <translation>die Serveradresse nennt „%1“; das ist keine Verbindungseinstellung. Verwenden Sie die Einstellungen der libpq von PostgreSQL, z. B. %2.</translation>
    </message>
    <message>
        <source>the server address names “%1”, which is not a connection setting: did you mean “%2”?</source>
        <translation>die Serveradresse nennt „%1“; das ist keine Verbindungseinstellung: Meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>the %1 in the server address must be a number, not “%2”.</source>
        <translation>die Einstellung %1 in der Serveradresse muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>the %1 in the server address contains “;”, which Qt&apos;s PostgreSQL driver cannot pass on. Put it in a service file (~/.pg_service.conf) and use service=NAME.</source>
        <translation>die Einstellung %1 in der Serveradresse enthält „;“, was der PostgreSQL-Treiber von Qt nicht weitergeben kann. Tragen Sie sie in eine Service-Datei (~/.pg_service.conf) ein und verwenden Sie service=NAME.</translation>
    </message>
    <message>
        <source>the server address is empty. Give one, e.g. %1.</source>
        <translation>die Serveradresse ist leer. Geben Sie eine an, z. B. %1.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Name a service (service=%1), or give the parts (host=… dbname=…) or a postgresql:// URL, e.g. %2.</source>
        <translation>„%1“ ist keine Serveradresse. Nennen Sie einen Service (service=%1) oder geben Sie die Teile (host=… dbname=…) oder eine postgresql://-URL an, z. B. %2.</translation>
    </message>
    <message>
        <source>“%1” in the server address has no value: write %1=VALUE, e.g. %2.</source>
        <translation>„%1“ in der Serveradresse hat keinen Wert: Schreiben Sie %1=WERT, z. B. %2.</translation>
    </message>
    <message>
        <source>the value of “%1” in the server address has an opening quote but no closing one.</source>
        <translation>der Wert von „%1“ in der Serveradresse hat ein öffnendes, aber kein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <source>the server URL “%1” is not valid: %2. A URL looks like postgresql://USER@HOST:PORT/DATABASE?sslmode=require.</source>
        <translation>die Server-URL „%1“ ist ungültig: %2. Eine URL sieht so aus: postgresql://USER@HOST:PORT/DATABASE?sslmode=require.</translation>
    </message>
    <message>
        <source>an IPv6 address lacks its closing ]</source>
        <translation>einer IPv6-Adresse fehlt die schließende ]</translation>
    </message>
    <message>
        <source>“%1” has no value</source>
        <translation>„%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>service “%1”</source>
        <translation>Service „%1“</translation>
    </message>
    <message>
        <source>%1 (service “%2”)</source>
        <translation>%1 (Service „%2“)</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>database “%1” on %2</source>
        <translation>Datenbank „%1“ auf %2</translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerAddressFields</name>
    <message>
        <source>service=team  or  postgresql://you@host/database</source>
        <translation>service=team  oder  postgresql://rolle@host/datenbank</translation>
    </message>
    <message>
        <source>The team server as PostgreSQL names it: a service from ~/.pg_service.conf, a postgresql:// address, or key=value pairs. Passwords come from ~/.pgpass or the field below.</source>
        <translation>Der Team-Server, wie PostgreSQL ihn benennt: ein Service aus ~/.pg_service.conf, eine postgresql://-Adresse oder key=value-Paare. Passwörter kommen aus ~/.pgpass oder aus dem Feld darunter.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>only if the server asks; never saved</source>
        <translation>nur, wenn der Server danach fragt; wird nie gespeichert</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerConnection</name>
    <message>
        <source>Cannot use the server address: %1</source>
        <translation>Die Serveradresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed on this computer. On Debian or Ubuntu: sudo apt install libqt6sql6-psql</source>
        <translation>Keine Verbindung zu %1 möglich: Der PostgreSQL-Treiber von Qt ist auf diesem Computer nicht installiert. Unter Debian oder Ubuntu: sudo apt install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>plan “%1” on %2</source>
        <translation>Plan „%1“ auf %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Nothing of the unfinished change was kept. Check the network and that the server runs, then try again.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen. Von der unvollendeten Änderung wurde nichts behalten. Prüfen Sie das Netzwerk und ob der Server läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Role “%1” may not do this on %2. Ask an owner of the plan to give you the level you need (valuemap server members … --add %1 editor).</source>
        <translation>Die Rolle „%1“ darf das bei %2 nicht tun. Bitten Sie einen Eigentümer des Plans, Ihnen die nötige Zugriffsstufe zu geben (valuemap server members … --add %1 editor).</translation>
    </message>
    <message>
        <source>%1 already holds what this would add (someone may have added it meanwhile). Reload the plan and try again.</source>
        <translation>%1 enthält bereits, was dies hinzufügen würde (vielleicht hat es jemand zwischenzeitlich hinzugefügt). Laden Sie den Plan neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This refers to something that %1 no longer has (someone may have deleted it meanwhile). Reload the plan and try again.</source>
        <translation>Dies bezieht sich auf etwas, das es bei %1 nicht mehr gibt (vielleicht hat es jemand zwischenzeitlich gelöscht). Laden Sie den Plan neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 does not accept a value of this change (out of range or missing). Nothing was changed.</source>
        <translation>%1 akzeptiert einen Wert dieser Änderung nicht (außerhalb des zulässigen Bereichs oder fehlend). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This change collided with another one on %1. Nothing was changed; try again.</source>
        <translation>Diese Änderung ist bei %1 mit einer anderen kollidiert. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 has no Valuemap schema (or an incomplete one). Ask its administrator to run: valuemap server init --server CONN</source>
        <translation>%1 hat kein (oder ein unvollständiges) Valuemap-Schema. Bitten Sie die Administration, Folgendes auszuführen: valuemap server init --server CONN</translation>
    </message>
    <message>
        <source>%1 must keep at least one owner. Add another owner first.</source>
        <translation>%1 muss mindestens einen Eigentümer behalten. Fügen Sie zuerst einen weiteren Eigentümer hinzu.</translation>
    </message>
    <message>
        <source>The history of %1 cannot be changed: it is append-only.</source>
        <translation>Der Verlauf von %1 kann nicht geändert werden: Er wird nur fortgeschrieben.</translation>
    </message>
    <message>
        <source>%1 took too long to answer and the request was cancelled. Try again.</source>
        <translation>%1 hat zu lange für die Antwort gebraucht, und die Anfrage wurde abgebrochen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is out of resources (disk, memory or connections). Try again later or tell its administrator.</source>
        <translation>%1 hat keine Ressourcen mehr frei (Speicherplatz, Arbeitsspeicher oder Verbindungen). Versuchen Sie es später erneut oder wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>%1 refused the request (error code %2). Nothing was changed. Try again; if it happens again, tell the server&apos;s administrator.</source>
        <translation>%1 hat die Anfrage abgelehnt (Fehlercode: %2). Es wurde nichts geändert. Versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Cannot connect to %1: </source>
        <translation>Keine Verbindung zu %1 möglich: </translation>
    </message>
    <message>
        <source>Cannot open plan “%1” on %2: </source>
        <translation>Plan „%1“ auf %2 kann nicht geöffnet werden: </translation>
    </message>
    <message>
        <source>your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>the server refused the password of %1. Check the password (in ~/.pgpass, PGPASSWORD or the address) and try again.</source>
        <translation>der Server hat das Passwort für %1 abgelehnt. Prüfen Sie das Passwort (in ~/.pgpass, PGPASSWORD oder der Adresse) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the server needs a password for %1. Put it in ~/.pgpass (HOST:PORT:DATABASE:ROLE:PASSWORD, mode 600) or in PGPASSWORD.</source>
        <translation>der Server braucht ein Passwort für %1. Tragen Sie es in ~/.pgpass (HOST:PORT:DATABASE:ROLE:PASSWORD, Modus 600) oder in PGPASSWORD ein.</translation>
    </message>
    <message>
        <source>the server has no database “%1”. Check dbname in the address, or ask the administrator to create it.</source>
        <translation>der Server hat keine Datenbank „%1“. Prüfen Sie dbname in der Adresse oder bitten Sie die Administration, sie anzulegen.</translation>
    </message>
    <message>
        <source>the server has no role %1. Check user in the address, or ask the administrator to create the role.</source>
        <translation>der Server kennt %1 nicht als Rolle. Prüfen Sie user in der Adresse oder bitten Sie die Administration, die Rolle anzulegen.</translation>
    </message>
    <message>
        <source>the server does not let %1 connect to this database from here. Ask its administrator for access.</source>
        <translation>der Server lässt %1 von hier aus keine Verbindung zu dieser Datenbank aufbauen. Bitten Sie die Administration um Zugang.</translation>
    </message>
    <message>
        <source>there is no service “%1” in ~/.pg_service.conf (or the file PGSERVICEFILE names). Check the name, or give host= and dbname= instead.</source>
        <translation>in ~/.pg_service.conf (oder der Datei, die PGSERVICEFILE nennt) gibt es keinen Service „%1“. Prüfen Sie den Namen oder geben Sie stattdessen host= und dbname= an.</translation>
    </message>
    <message>
        <source>the server did not answer in time. Check the address and the network, then try again.</source>
        <translation>der Server hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und das Netzwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the server name “%1” is not known. Check host in the address.</source>
        <translation>der Servername „%1“ ist unbekannt. Prüfen Sie host in der Adresse.</translation>
    </message>
    <message>
        <source>the server has no free connections. Try again in a moment.</source>
        <translation>der Server hat keine freien Verbindungen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>the server is starting or stopping. Try again in a moment.</source>
        <translation>der Server startet gerade oder fährt herunter. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>the address has a setting the PostgreSQL client does not accept. Check its values (sslmode, target_session_attrs …).</source>
        <translation>die Adresse enthält eine Einstellung, die der PostgreSQL-Client nicht akzeptiert. Prüfen Sie ihre Werte (sslmode, target_session_attrs …).</translation>
    </message>
    <message>
        <source>the server and the address disagree about encryption. Check sslmode in the address with the server&apos;s administrator.</source>
        <translation>Server und Adresse passen bei der Verschlüsselung nicht zusammen. Klären Sie sslmode in der Adresse mit der Administration des Servers.</translation>
    </message>
    <message>
        <source>nothing answers there. Check the address (host, port) and that the server runs, then try again.</source>
        <translation>dort antwortet nichts. Prüfen Sie die Adresse (host, port) und ob der Server läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the server refused the connection. Check the address, that the server runs and that you may connect, then try again.</source>
        <translation>der Server hat die Verbindung abgelehnt. Prüfen Sie die Adresse, ob der Server läuft und ob Sie sich verbinden dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a role&apos;s name</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerPlans</name>
    <message>
        <source>A plan on a server needs a name of 1 to 200 characters.</source>
        <translation>Ein Plan auf einem Server braucht einen Namen mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>The plan cannot be published: %1 %2: %3. Nothing was sent.</source>
        <translation>Der Plan kann nicht veröffentlicht werden: %1 %2: %3. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 already has a plan named “%2”. Choose another name with --name.</source>
        <translation>%1 hat bereits einen Plan namens „%2“. Wählen Sie mit --name einen anderen Namen.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Plan “%1” on %2 holds a value Valuemap does not accept (%3 %4: %5). Nothing was written. Ask the plan&apos;s owner to correct it.</source>
        <translation>Plan „%1“ auf %2 enthält einen Wert, den Valuemap nicht akzeptiert (%3 %4: %5). Es wurde nichts geschrieben. Bitten Sie den Eigentümer des Plans, ihn zu korrigieren.</translation>
    </message>
    <message>
        <source>“%1” is no level: use viewer, editor or owner.</source>
        <translation>„%1“ ist keine Zugriffsstufe: Verwenden Sie viewer, editor oder owner.</translation>
    </message>
    <message>
        <source>Role “%1” is not a member of plan “%2”: nothing to remove.</source>
        <translation>Die Rolle „%1“ ist kein Mitglied des Plans „%2“: Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Only an owner of plan “%1” may remove members; role “%2” is a %3.</source>
        <translation>Nur Eigentümer des Plans „%1“ dürfen Mitglieder entfernen; die Rolle „%2“ hat die Zugriffsstufe %3.</translation>
    </message>
    <message>
        <source>Revision %1 of plan “%2” holds a change Valuemap cannot read (made by a newer Valuemap, or written outside Valuemap). Open the plan again to see its current state; if that does not help, update Valuemap.</source>
        <translation>Revision %1 des Plans „%2“ enthält eine Änderung, die Valuemap nicht lesen kann (von einem neueren Valuemap oder außerhalb von Valuemap geschrieben). Öffnen Sie den Plan erneut, um seinen aktuellen Stand zu sehen; hilft das nicht, aktualisieren Sie Valuemap.</translation>
    </message>
    <message>
        <source>“%1” cannot name a plan on a server: a name is one line without control characters, tabs or direction marks, and does not begin or end with a space. Choose another name.</source>
        <translation>„%1“ kann keinen Plan auf einem Server benennen: Ein Name ist eine Zeile ohne Steuerzeichen, Tabulatoren oder Richtungszeichen und beginnt und endet nicht mit einem Leerzeichen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 has no role “%2”. Check the name, or ask the administrator to create it (CREATE ROLE %3 LOGIN).</source>
        <translation>%1 hat keine Rolle „%2“. Prüfen Sie den Namen oder bitten Sie die Administration, sie anzulegen (CREATE ROLE %3 LOGIN).</translation>
    </message>
    <message>
        <source>%1 has no role “%2”. Check the name.</source>
        <translation>%1 hat keine Rolle „%2“. Prüfen Sie den Namen.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>There is no plan “%1” on %2 that role “%3” may see. Check the name (valuemap server list shows your plans), or ask the plan&apos;s owner to add you: as a viewer to read it, as an editor to change it or record into it (valuemap server members --plan NAME --add %3 editor).</source>
        <translation>Auf %2 gibt es keinen Plan „%1“, den die Rolle „%3“ sehen darf. Prüfen Sie den Namen (valuemap server list zeigt Ihre Pläne), oder bitten Sie die Eigentümer des Plans, Sie hinzuzufügen: als Betrachter zum Lesen, als Bearbeiter zum Ändern oder Erfassen (valuemap server members --plan NAME --add %3 editor).</translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerSchema</name>
    <message>
        <source>%1 has a schema named “valuemap” that Valuemap did not make. Valuemap leaves it alone: use another database, or ask the administrator to rename that schema.</source>
        <translation>%1 hat ein Schema namens „valuemap“, das nicht von Valuemap angelegt wurde. Valuemap lässt es unberührt: Verwenden Sie eine andere Datenbank oder bitten Sie die Administration, dieses Schema umzubenennen.</translation>
    </message>
    <message>
        <source>%1 has no Valuemap schema yet. Create it once with: valuemap server init --server CONN (as the database&apos;s owner).</source>
        <translation>%1 hat noch kein Valuemap-Schema. Legen Sie es einmalig an mit: valuemap server init --server CONN (als Eigentümer der Datenbank).</translation>
    </message>
    <message>
        <source>%1 holds Valuemap schema version %2, made by a newer Valuemap; this one reads up to version %3. Update Valuemap on this computer.</source>
        <translation>%1 enthält das Valuemap-Schema in Version %2, angelegt von einem neueren Valuemap; diese Version liest Schemas bis Version %3. Aktualisieren Sie Valuemap auf diesem Computer.</translation>
    </message>
    <message>
        <source>%1 holds an older Valuemap schema (version %2). Ask its administrator to upgrade it with: valuemap server init --server CONN</source>
        <translation>%1 enthält ein älteres Valuemap-Schema (Version %2). Bitten Sie die Administration, es zu aktualisieren mit: valuemap server init --server CONN</translation>
    </message>
    <message>
        <source>%1 holds Valuemap schema version %2, made by a newer Valuemap; this one knows up to version %3 and leaves it untouched. Update Valuemap.</source>
        <translation>%1 enthält das Valuemap-Schema in Version %2, angelegt von einem neueren Valuemap; diese Version kennt Schemas bis Version %3 und lässt es unverändert. Aktualisieren Sie Valuemap.</translation>
    </message>
    <message>
        <source>Role “%1” may not create the Valuemap schema in %2. Run valuemap server init as the database&apos;s owner (or a role with CREATE on it). Nothing was changed.</source>
        <translation>Die Rolle „%1“ darf das Valuemap-Schema in %2 nicht anlegen. Führen Sie valuemap server init als Eigentümer der Datenbank aus (oder mit einer Rolle, die dort das Recht CREATE hat). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not set up the Valuemap schema (version %1) in %2: %3 Nothing was changed.</source>
        <translation>Das Valuemap-Schema (Version %1) konnte in %2 nicht eingerichtet werden: %3 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The Valuemap schema on %1 is already current (version %2).</source>
        <translation>Das Valuemap-Schema auf %1 ist bereits aktuell (Version %2).</translation>
    </message>
    <message>
        <source>Created the Valuemap schema (version %1) on %2.</source>
        <translation>Das Valuemap-Schema (Version %1) wurde auf %2 angelegt.</translation>
    </message>
    <message>
        <source>Upgraded the Valuemap schema on %1 from version %2 to %3.</source>
        <translation>Das Valuemap-Schema auf %1 wurde von Version %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <source>plan “%1” holds event “%2” %3 times</source>
        <translation>Plan „%1“ enthält Ereignis „%2“ %3-mal</translation>
    </message>
    <message>
        <source>plan “%1” holds story number %2 %3 times</source>
        <translation>Plan „%1“ enthält Story-Nummer %2 %3-mal</translation>
    </message>
    <message>
        <source>%1 cannot be brought to Valuemap schema version 4, which keeps each plan&apos;s pipeline event ids and story numbers unique: %2. Remove the repeated records (keep one of each) and give the repeated stories numbers of their own (as the database&apos;s owner, e.g. in psql), then run valuemap server init again. Nothing was changed.</source>
        <translation>%1 kann nicht auf das Valuemap-Schema Version 4 gebracht werden, das die Ereignis-IDs der Pipelines und die Story-Nummern jedes Plans eindeutig hält: %2. Entfernen Sie die wiederholten Einträge (behalten Sie je einen) und geben Sie den wiederholten Storys eigene Nummern (als Eigentümer der Datenbank, z. B. in psql), dann führen Sie valuemap server init erneut aus. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Valuemap::ServerSession</name>
    <message>
        <source>%1 does not deliver changes as they happen (LISTEN was refused). Others&apos; changes appear when the plan is opened again.</source>
        <translation>%1 liefert Änderungen nicht sofort aus (LISTEN wurde abgelehnt). Die Änderungen anderer erscheinen, wenn der Plan erneut geöffnet wird.</translation>
    </message>
    <message>
        <source>Offline — reconnecting to %1. Everything you changed until now is saved on the server; editing resumes when the connection is back.</source>
        <translation>Offline – die Verbindung zu %1 wird wiederhergestellt. Alles, was Sie bisher geändert haben, ist auf dem Server gespeichert; Sie können weiterarbeiten, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>The history is not available while offline.</source>
        <translation>Der Verlauf ist offline nicht verfügbar.</translation>
    </message>
    <message>
        <source>Plan “%1” on %2 now holds values Valuemap does not accept (%3), so it is open for viewing only until they are corrected.</source>
        <translation>Plan „%1“ auf %2 enthält jetzt Werte, die Valuemap nicht annimmt (%3), daher ist er nur zum Ansehen geöffnet, bis sie korrigiert sind.</translation>
    </message>
    <message>
        <source>Role “%1” is now a viewer of plan “%2” on %3. Ask an owner for the editor level to change it.</source>
        <translation>Rolle „%1“ ist jetzt Betrachter von Plan „%2“ auf %3. Bitten Sie eine Eigentümerin oder einen Eigentümer um die Stufe Bearbeiter, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Role “%1” may no longer see plan “%2” on %3 (it was removed as a member, or the plan was deleted). What is shown stays open for viewing only; save a copy, or ask an owner to add you again: the window then follows the plan again by itself.</source>
        <translation>Rolle „%1“ darf Plan „%2“ auf %3 nicht mehr sehen (sie wurde als Mitglied entfernt, oder der Plan wurde gelöscht). Was angezeigt wird, bleibt nur zum Ansehen geöffnet; speichern Sie eine Kopie, oder bitten Sie eine Eigentümerin oder einen Eigentümer, Sie wieder hinzuzufügen: Das Fenster folgt dem Plan dann von selbst wieder.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::SettingsDialog</name>
    <message>
        <source>Configure Valuemap</source>
        <translation>Valuemap einrichten</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>The paper the PDF exports, the client handout and printing start with</source>
        <translation>Das Papierformat, mit dem PDF-Exporte, das Kunden-Handout und das Drucken beginnen</translation>
    </message>
    <message>
        <source>Default &amp;paper size:</source>
        <translation>Standard-&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Your name, as history shows who changed what</source>
        <translation>Ihr Name, damit der Verlauf zeigt, wer was geändert hat</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Name des Autors:</translation>
    </message>
    <message>
        <source>&amp;Recent plans listed:</source>
        <translation>An&amp;zahl zuletzt geöffneter Pläne:</translation>
    </message>
    <message>
        <source>The new language is used when Valuemap starts next time.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Valuemap verwendet.</translation>
    </message>
    <message>
        <source>A change of language takes effect when Valuemap starts next time.</source>
        <translation>Eine Änderung der Sprache wirkt sich beim nächsten Start von Valuemap aus.</translation>
    </message>
</context>
<context>
    <name>Valuemap::ShareOnServerDialog</name>
    <message>
        <source>Share on Server</source>
        <translation>Auf Server teilen</translation>
    </message>
    <message>
        <source>Copies every part of this plan to a team server, where the people you add as members can work on it with you, live. You become its owner. This file stays as it is.</source>
        <translation>Kopiert alle Teile dieses Plans auf einen Team-Server, wo die Personen, die Sie als Mitglieder hinzufügen, live mit Ihnen daran arbeiten können. Sie werden sein Eigentümer. Diese Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Plan &amp;name on the server:</source>
        <translation>Plan&amp;name auf dem Server:</translation>
    </message>
    <message>
        <source>Open the shared plan afterwards</source>
        <translation>Den geteilten Plan anschließend öffnen</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>Give the plan a name on the server.</source>
        <translation>Geben Sie dem Plan einen Namen auf dem Server.</translation>
    </message>
</context>
<context>
    <name>Valuemap::ShortcutSheet</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>On Several Screens</source>
        <translation>In mehreren Ansichten</translation>
    </message>
</context>
<context>
    <name>Valuemap::SliceCheck</name>
    <message>
        <source>Empty slice: drag stories onto it from Unplanned or another slice.</source>
        <translation>Leerer Slice: Ziehen Sie Storys aus „Ungeplant“ oder einem anderen Slice hierher.</translation>
    </message>
    <message>
        <source>Not a working product: no story for %1.</source>
        <translation>Kein funktionierendes Produkt: keine Story für %1.</translation>
    </message>
    <message>
        <source>No outcome: say what this slice should achieve or let you learn.</source>
        <translation>Kein Ergebnis: Beschreiben Sie, was dieser Slice erreichen soll oder was Sie daraus lernen wollen.</translation>
    </message>
    <message>
        <source>No customer goal: link the goal this slice should move.</source>
        <translation>Kein Kundenziel: Verknüpfen Sie das Kundenziel, auf das dieser Slice einzahlen soll.</translation>
    </message>
    <message>
        <source>Over capacity: %1 estimated for a capacity of %2.</source>
        <translation>Kapazität überschritten: %1 geschätzt bei einer Kapazität von %2.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an activity&apos;s name in quotes</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Valuemap::SliceDetailsPanel</name>
    <message>
        <source>&lt;b&gt;Slice details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Slice-Details&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a slice on the board to see and edit what it is for.</source>
        <translation>Klicken Sie auf dem Board auf einen Slice, um seinen Zweck anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Story points the team can take, e.g. 40</source>
        <translation>Story Points, die das Team schaffen kann, z. B. 40</translation>
    </message>
    <message>
        <source>The outcome or hypothesis: what should this slice achieve, or let you learn?</source>
        <translation>Das Ergebnis oder die Hypothese: Was soll dieser Slice erreichen, oder was wollen Sie daraus lernen?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>Ziel&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>&amp;Outcome / hypothesis:</source>
        <translation>&amp;Ergebnis / Hypothese:</translation>
    </message>
    <message>
        <source>Customer &amp;goals it should move:</source>
        <translation>Kunden&amp;ziele, auf die er einzahlen soll:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Geliefert:</translation>
    </message>
    <message>
        <source>No customer goals yet: add them on the Goals screen.</source>
        <translation>Noch keine Kundenziele: Legen Sie sie in der Ansicht „Kundenziele“ an.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n story(s)</source>
        <translation>
            <numerusform>%1: %n Story</numerusform>
            <numerusform>%1: %n Storys</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>✓ A working product with a clear purpose.</source>
        <translation>✓ Ein funktionierendes Produkt mit klarem Zweck.</translation>
    </message>
</context>
<context>
    <name>Valuemap::SqlStore</name>
    <message>
        <source>The bundled sample plan is missing from this build of Valuemap. Reinstall Valuemap.</source>
        <translation>Der mitgelieferte Beispielplan fehlt in diesem Build von Valuemap. Installieren Sie Valuemap neu.</translation>
    </message>
    <message>
        <source>“%1” does not exist. Check the name and folder, or create a new plan with File → New.</source>
        <translation>„%1“ existiert nicht. Prüfen Sie Namen und Ordner oder legen Sie mit Datei → Neuer Plan einen neuen Plan an.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Valuemap plan. Choose a .valuemap file.</source>
        <translation>„%1“ ist ein Ordner, kein Valuemap-Plan. Wählen Sie eine .valuemap-Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes), so it holds no plan. If it should, restore it from a backup.</source>
        <translation>„%1“ ist leer (0 Bytes) und enthält daher keinen Plan. Falls die Datei einen Plan enthalten sollte, stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is not a Valuemap plan (its content is not a Valuemap database). Choose a .valuemap file.</source>
        <translation>„%1“ ist kein Valuemap-Plan (der Inhalt ist keine Valuemap-Datenbank). Wählen Sie eine .valuemap-Datei.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is cut short (%2 bytes). Restore it from a backup or a copy.</source>
        <translation>„%1“ ist beschädigt: Die Datei ist unvollständig (%2 Bytes). Stellen Sie sie aus einer Sicherung oder einer Kopie wieder her.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is cut short (%2 of %3 bytes). Restore it from a backup or a copy.</source>
        <translation>„%1“ ist beschädigt: Die Datei ist unvollständig (%2 von %3 Bytes). Stellen Sie sie aus einer Sicherung oder einer Kopie wieder her.</translation>
    </message>
    <message>
        <source>“%1” is open in another Valuemap window or program. Close it there first, or open a copy of the file.</source>
        <translation>„%1“ ist in einem anderen Valuemap-Fenster oder Programm geöffnet. Schließen Sie die Datei dort zuerst oder öffnen Sie eine Kopie der Datei.</translation>
    </message>
    <message>
        <source>“%1” is open for reading only.</source>
        <translation>„%1“ ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is read-only, so it is open for viewing only. To edit it, make the file writable or save a copy (File → Save a Copy As).</source>
        <translation>„%1“ ist schreibgeschützt und daher nur zum Ansehen geöffnet. Um die Datei zu bearbeiten, heben Sie den Schreibschutz auf oder speichern Sie eine Kopie (Datei → Kopie speichern unter).</translation>
    </message>
    <message>
        <source>The folder of “%1” is read-only, so the plan is open for viewing only. To edit it, save a copy in another folder.</source>
        <translation>Der Ordner von „%1“ ist schreibgeschützt, daher ist der Plan nur zum Ansehen geöffnet. Um ihn zu bearbeiten, speichern Sie eine Kopie in einem anderen Ordner.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2. Check the file and its folder.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2. Prüfen Sie die Datei und ihren Ordner.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). Restore it from a backup or a copy; Valuemap has not changed the file.</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden (%2). Stellen Sie die Datei aus einer Sicherung oder einer Kopie wieder her; Valuemap hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Valuemap plan. Open a .valuemap file instead.</source>
        <translation>„%1“ ist eine Datenbank einer anderen Anwendung, kein Valuemap-Plan. Öffnen Sie stattdessen eine .valuemap-Datei.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Valuemap (file format %2; this version reads up to %3). Update Valuemap to open it.</source>
        <translation>„%1“ wurde mit einer neueren Version von Valuemap gespeichert (Dateiformat %2; diese Version liest bis Dateiformat %3). Aktualisieren Sie Valuemap, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the new plan.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen für den neuen Plan.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei.</translation>
    </message>
    <message>
        <source>the new plan failed its integrity check</source>
        <translation>der neue Plan hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>the new file could not be written to disk</source>
        <translation>die neue Datei konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2. Check that the folder is writable and the disk has space.</source>
        <translation>„%1“ konnte nicht angelegt werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist und auf dem Datenträger genug Speicherplatz frei ist.</translation>
    </message>
    <message>
        <source>the file is open for reading only</source>
        <translation>die Datei ist nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the copy.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen für die Kopie.</translation>
    </message>
    <message>
        <source>“%1” is the open plan itself. Choose another name for the copy.</source>
        <translation>„%1“ ist der geöffnete Plan selbst. Wählen Sie einen anderen Namen für die Kopie.</translation>
    </message>
    <message>
        <source>the copy could not be written to disk</source>
        <translation>die Kopie konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>Could not save a copy as “%1”: %2. Check that the folder is writable and the disk has space; the open plan is unchanged.</source>
        <translation>Die Kopie konnte nicht als „%1“ gespeichert werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist und auf dem Datenträger genug Speicherplatz frei ist; der geöffnete Plan ist unverändert.</translation>
    </message>
    <message>
        <source>Could not save the change to “%1”: %2. The plan is unchanged. Free disk space or check the file, then try again.</source>
        <translation>Die Änderung konnte nicht in „%1“ gespeichert werden: %2. Der Plan ist unverändert. Geben Sie Speicherplatz frei oder prüfen Sie die Datei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Creating “%1” was cancelled; no file was written.</source>
        <translation>Das Anlegen von „%1“ wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>the database driver gives no SQLite connection</source>
        <translation>der Datenbanktreiber liefert keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a pipe, a device or a socket), so it holds no plan. Choose a .valuemap file.</source>
        <translation>„%1“ ist keine reguläre Datei (sondern eine Pipe, ein Gerät oder ein Socket) und enthält daher keinen Plan. Wählen Sie eine .valuemap-Datei.</translation>
    </message>
    <message>
        <source>Beside “%1” lies “%2”, which is not a regular file. Valuemap does not open the plan with it there; move it away and try again.</source>
        <translation>Neben „%1“ liegt „%2“, das keine reguläre Datei ist. Solange es dort liegt, öffnet Valuemap den Plan nicht; verschieben Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it has no file format version. Restore it from a backup or a copy.</source>
        <translation>„%1“ ist beschädigt: Die Datei hat keine Dateiformatversion. Stellen Sie sie aus einer Sicherung oder einer Kopie wieder her.</translation>
    </message>
    <message>
        <source>a copy for the upgrade could not be written</source>
        <translation>eine Kopie für die Aktualisierung konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the upgraded plan could not be moved into place</source>
        <translation>der aktualisierte Plan konnte nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>Beside “%1” lies “%2”, which does not belong to the plan, and Valuemap could not move it away. Move it away yourself and open the plan again.</source>
        <translation>Neben „%1“ liegt „%2“, das nicht zum Plan gehört, und Valuemap konnte es nicht wegschieben. Verschieben Sie es selbst und öffnen Sie den Plan erneut.</translation>
    </message>
    <message>
        <source>“%1” did not belong to this plan: it was set aside as “%2” and not applied.</source>
        <translation>„%1“ gehörte nicht zu diesem Plan: Die Datei wurde als „%2“ beiseitegelegt und nicht angewendet.</translation>
    </message>
    <message>
        <source>“%1” does not belong to this plan and was not applied.</source>
        <translation>„%1“ gehört nicht zu diesem Plan und wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>Beside “%1” lies “%2”, which does not fit the plan, and Valuemap could not move it away. Move it away yourself and open the plan again.</source>
        <translation>Neben „%1“ liegt „%2“, das nicht zum Plan passt, und Valuemap konnte es nicht wegschieben. Verschieben Sie es selbst und öffnen Sie den Plan erneut.</translation>
    </message>
    <message>
        <source>“%1” did not fit this plan: it was set aside as “%2” and not applied.</source>
        <translation>„%1“ passte nicht zu diesem Plan: Die Datei wurde als „%2“ beiseitegelegt und nicht angewendet.</translation>
    </message>
    <message>
        <source>“%1” does not fit this plan and was not applied.</source>
        <translation>„%1“ passt nicht zu diesem Plan und wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>“%1” could not be read: no private copy could be made in the temporary folder. Free some space there and try again.</source>
        <translation>„%1“ konnte nicht gelesen werden: Im temporären Ordner ließ sich keine private Kopie anlegen. Geben Sie dort Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from file format %2: %3. The file is unchanged.</source>
        <translation>„%1“ konnte nicht von Dateiformat %2 aktualisiert werden: %3. Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>“%1” is not a plan this version of Valuemap can trust: %2. Valuemap has not changed the file; open the plan it came from, or ask its sender for a clean copy.</source>
        <translation>„%1“ ist kein Plan, dem diese Version von Valuemap vertrauen kann: %2. Valuemap hat die Datei nicht verändert; öffnen Sie den Plan, aus dem sie stammt, oder bitten Sie die Person, die sie Ihnen geschickt hat, um eine einwandfreie Kopie.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s), so it is open for viewing only: %2. Run “valuemap check” on it for the whole list; “valuemap export json --salvage” saves the rows that are sound.</source>
        <translation>
            <numerusform>„%1“ hat %n Problem und ist daher nur zum Ansehen geöffnet: %2. Führen Sie „valuemap check“ für die vollständige Liste aus; „valuemap export json --salvage“ sichert die einwandfreien Zeilen.</numerusform>
            <numerusform>„%1“ hat %n Probleme und ist daher nur zum Ansehen geöffnet: %2. Führen Sie „valuemap check“ für die vollständige Liste aus; „valuemap export json --salvage“ sichert die einwandfreien Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the product could not be written</source>
        <translation>das Produkt konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>some rows refer to rows that are not in the plan</source>
        <translation>einige Zeilen verweisen auf Zeilen, die nicht im Plan sind</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>der Datenträger hat einen Lese- oder Schreibfehler gemeldet</translation>
    </message>
    <message>
        <source>the file or its folder has become read-only</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt geworden</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the file is locked by another program</source>
        <translation>die Datei ist von einem anderen Programm gesperrt</translation>
    </message>
    <message>
        <source>the change would break the plan&apos;s links between rows</source>
        <translation>die Änderung würde die Verknüpfungen zwischen den Zeilen des Plans zerstören</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>der Arbeitsspeicher des Computers ist erschöpft</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>a value is too large</source>
        <translation>ein Wert ist zu groß</translation>
    </message>
    <message>
        <source>the database reported error %1</source>
        <translation>die Datenbank hat den Fehler %1 gemeldet</translation>
    </message>
    <message>
        <source>%1 %2 is missing from the file</source>
        <translation>%1 %2 fehlt in der Datei</translation>
    </message>
    <message>
        <source>a %1 breaks one of the rules of a plan</source>
        <translation>eine Zeile vom Typ „%1“ verletzt eine der Regeln eines Plans</translation>
    </message>
    <message>
        <source>the file&apos;s indexes do not match its rows (the file is damaged)</source>
        <translation>die Indizes der Datei passen nicht zu ihren Zeilen (die Datei ist beschädigt)</translation>
    </message>
    <message>
        <source>the file&apos;s structure is damaged</source>
        <translation>die Struktur der Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the %1 holds a value of the wrong kind</source>
        <translation>das Feld „%1“ enthält einen Wert der falschen Art</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 has been changed outside Valuemap or is damaged (its checksum does not match)</source>
        <translation>%1 %2 wurde außerhalb von Valuemap geändert oder ist beschädigt (die Prüfsumme stimmt nicht)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) with values Valuemap does not accept</source>
        <translation>
            <numerusform>… und %n weitere Zeile mit Werten, die Valuemap nicht akzeptiert</numerusform>
            <numerusform>… und %n weitere Zeilen mit Werten, die Valuemap nicht akzeptiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) whose checksum does not match</source>
        <translation>
            <numerusform>… und %n weitere Zeile, deren Prüfsumme nicht stimmt</numerusform>
            <numerusform>… und %n weitere Zeilen, deren Prüfsumme nicht stimmt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have been removed outside Valuemap (their checksums remain)</source>
        <translation>
            <numerusform>%n Zeile wurde außerhalb von Valuemap entfernt (ihre Prüfsumme ist noch vorhanden)</numerusform>
            <numerusform>%n Zeilen wurden außerhalb von Valuemap entfernt (ihre Prüfsummen sind noch vorhanden)</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite cannot check the file: %1</source>
        <translation>SQLite kann die Datei nicht prüfen: %1</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is %2 MB long, but the plan in it takes %3 MB. Restore it from a backup or a copy.</source>
        <translation>„%1“ ist beschädigt: Die Datei ist %2 MB lang, der Plan darin belegt aber nur %3 MB. Stellen Sie sie aus einer Sicherung oder Kopie wieder her.</translation>
    </message>
    <message>
        <source>%1 %2: the %3 it belongs to or names does not exist</source>
        <translation>%1 %2: „%3“, wozu die Zeile gehört oder worauf sie verweist, existiert nicht</translation>
    </message>
    <message>
        <source>a part of its %1 records cannot be read</source>
        <translation>ein Teil seiner Datensätze der Art „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the %1 is longer than Valuemap reads (over %2 MB)</source>
        <translation>das Feld „%1“ ist länger, als Valuemap liest (über %2 MB)</translation>
    </message>
    <message>
        <source>the file could not be prepared for saving (its journal stayed “%1”)</source>
        <translation>die Datei konnte nicht zum Speichern vorbereitet werden (ihr Journal blieb „%1“)</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: its name is not valid UTF-8 (the � stand for bytes Valuemap cannot read). Rename the file and try again.</source>
        <translation>„%1“ kann nicht geöffnet werden: Sein Name ist kein gültiges UTF-8 (die � stehen für Bytes, die Valuemap nicht lesen kann). Benennen Sie die Datei um und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Valuemap::StartVoteDialog</name>
    <message>
        <source>Start Dot Vote</source>
        <translation>Punkteabstimmung starten</translation>
    </message>
    <message>
        <source>Most valuable stories</source>
        <translation>Wertvollste Storys</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Stories on the map</source>
        <translation>&amp;Storys der Map</translation>
    </message>
    <message>
        <source>&amp;Vision notes</source>
        <translation>&amp;Vision-Notizen</translation>
    </message>
    <message>
        <source>Vote on:</source>
        <translation>Abstimmen über:</translation>
    </message>
    <message>
        <source> dots each</source>
        <translation> Punkte je Person</translation>
    </message>
    <message>
        <source>&amp;Dots:</source>
        <translation>&amp;Punkte:</translation>
    </message>
    <message>
        <source>One name per line, e.g.
Ana
Ben</source>
        <translation>Ein Name pro Zeile, z. B.
Ana
Ben</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>Start Vote</source>
        <translation>Abstimmung starten</translation>
    </message>
</context>
<context>
    <name>Valuemap::StoriesCsv</name>
    <message>
        <source>The file is empty. A stories CSV starts with a header line such as: %1</source>
        <translation>Die Datei ist leer. Eine Storys-CSV-Datei beginnt mit einer Kopfzeile wie: %1</translation>
    </message>
    <message>
        <source>Line 1: the header has no column “Title”. The first line must name the columns, e.g. %1</source>
        <translation>Zeile 1: Die Kopfzeile hat keine Spalte „Title“. Die erste Zeile muss die Spalten benennen, z. B. %1</translation>
    </message>
    <message>
        <source>Columns not imported (Valuemap has no field by that name): %1</source>
        <translation>Nicht importierte Spalten (Valuemap hat kein Feld dieses Namens): %1</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, but the header names only %3 columns. Put text that holds a “%4” in double quotes.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile nennt aber nur %3 Spalten. Setzen Sie Text, der ein „%4“ enthält, in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: the field “Title” is empty; every story needs a title.</source>
        <translation>Zeile %1: Das Feld „Title“ ist leer; jede Story braucht einen Titel.</translation>
    </message>
    <message>
        <source>Line %1: the field “Estimate” holds “%2”, which is not a number of points.</source>
        <translation>Zeile %1: Das Feld „Estimate“ enthält „%2“; das ist keine Anzahl von Punkten.</translation>
    </message>
    <message>
        <source>Line %1: the field “Value” holds “%2”, which is not a whole number.</source>
        <translation>Zeile %1: Das Feld „Value“ enthält „%2“; das ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Line %1: the field “Status” holds “%2”; use To do, In progress, Done or Blocked.</source>
        <translation>Zeile %1: Das Feld „Status“ enthält „%2“; verwenden Sie To do, In progress, Done oder Blocked.</translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation>Unsortiert</translation>
    </message>
    <message numerus="yes">
        <source>%n story(ies) without an activity or step were put under “Unsorted”.</source>
        <translation>
            <numerusform>%n Story ohne Aktivität oder Schritt wurde unter „Unsortiert“ eingeordnet.</numerusform>
            <numerusform>%n Storys ohne Aktivität oder Schritt wurden unter „Unsortiert“ eingeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1: the field “Key” holds “%2”, which is not a story key such as BT-42. Correct it or leave it empty to number the story anew.</source>
        <translation>Zeile %1: Das Feld „Key“ enthält „%2“; das ist kein Story-Schlüssel wie BT-42. Korrigieren Sie ihn oder lassen Sie das Feld leer, um die Story neu zu nummerieren.</translation>
    </message>
    <message>
        <source>Columns named a second time, not imported (the first column of each name was): %1</source>
        <translation>Ein zweites Mal benannte Spalten, nicht importiert (importiert wurde jeweils die erste Spalte des Namens): %1</translation>
    </message>
    <message>
        <source>Line %1: the key “%2” was already given on line %3, so this story gets a new number.</source>
        <translation>Zeile %1: Der Schlüssel „%2“ steht schon in Zeile %3, daher bekommt diese Story eine neue Nummer.</translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryDetailsPanel</name>
    <message>
        <source>Select a story to see and edit its details.</source>
        <translation>Wählen Sie eine Story aus, um ihre Details anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>What the story is about and why it matters</source>
        <translation>Worum es in der Story geht und warum sie wichtig ist</translation>
    </message>
    <message>
        <source>One criterion per line</source>
        <translation>Ein Kriterium pro Zeile</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>z. B. 3</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>z. B. 40</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. payments, mobile</source>
        <translation>Durch Kommas getrennt, z. B. Zahlung, Mobil</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Acceptance criteria:</source>
        <translation>&amp;Akzeptanzkriterien:</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>Sc&amp;hätzung:</translation>
    </message>
    <message>
        <source>Business &amp;value:</source>
        <translation>Geschäfts&amp;wert:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Kundenziele:</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No customer goals in this plan yet</source>
        <translation>Dieser Plan enthält noch keine Kundenziele</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Story key</source>
        <translation>Story-Schlüssel</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryFinder</name>
    <message>
        <source>Find &amp;Next</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <source>Select the next story that matches the search</source>
        <translation>Die nächste Story auswählen, die zur Suche passt</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rü&amp;ckwärts suchen</translation>
    </message>
    <message>
        <source>Select the previous story that matches the search</source>
        <translation>Die vorherige Story auswählen, die zur Suche passt</translation>
    </message>
    <message>
        <source>Type what to find in the search field, then press Find Next again</source>
        <translation>Geben Sie den Suchbegriff in das Suchfeld ein und wählen Sie dann erneut „Weitersuchen“</translation>
    </message>
    <message>
        <source>Search wrapped to the bottom</source>
        <translation>Suche am Ende fortgesetzt</translation>
    </message>
    <message>
        <source>Search wrapped to the top</source>
        <translation>Suche am Anfang fortgesetzt</translation>
    </message>
    <message>
        <source>Found %1 “%2”</source>
        <translation>Gefunden: %1 „%2“</translation>
    </message>
    <message>
        <source>No story matches “%1”</source>
        <translation>Keine Story passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryMapModel</name>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>no stories</source>
        <translation>keine Storys</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n Story</numerusform>
            <numerusform>%n Storys</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryMapScene</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>collapsed — double-click the arrow to expand</source>
        <translation>eingeklappt – zum Ausklappen auf den Pfeil doppelklicken</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n Story</numerusform>
            <numerusform>%n Storys</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryMapScreen</name>
    <message>
        <source>Story Details</source>
        <translation>Story-Details</translation>
    </message>
    <message>
        <source>Story &amp;Details Panel</source>
        <translation>Story-&amp;Details-Bereich</translation>
    </message>
    <message>
        <source>Story Map</source>
        <translation>Story Map</translation>
    </message>
    <message>
        <source>Add &amp;Story</source>
        <translation>&amp;Story hinzufügen</translation>
    </message>
    <message>
        <source>Add a story below the selected one, or in the last clicked cell (Ins); type and press Enter to add the next</source>
        <translation>Story unter der ausgewählten oder in der zuletzt angeklickten Zelle hinzufügen (Einfg); Titel eingeben und Eingabe drücken, um die nächste hinzuzufügen</translation>
    </message>
    <message>
        <source>Add S&amp;tep</source>
        <translation>Schri&amp;tt hinzufügen</translation>
    </message>
    <message>
        <source>Add a step after the selected one (Shift+Ins)</source>
        <translation>Schritt nach dem ausgewählten hinzufügen (Umschalt+Einfg)</translation>
    </message>
    <message>
        <source>Add &amp;Activity</source>
        <translation>&amp;Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Add an activity to the backbone (Ctrl+Ins)</source>
        <translation>Aktivität zum Backbone hinzufügen (Strg+Einfg)</translation>
    </message>
    <message>
        <source>Add &amp;Release</source>
        <translation>&amp;Release hinzufügen</translation>
    </message>
    <message>
        <source>Add a release lane at the bottom</source>
        <translation>Release-Zeile unten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected cards, steps, activities or releases (Del)</source>
        <translation>Ausgewählte Karten, Schritte, Aktivitäten oder Releases löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected stories</source>
        <translation>Ausgewählte Storys kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste stories (or lines of text) below the selected card</source>
        <translation>Storys (oder Textzeilen) unter der ausgewählten Karte einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Select every card</source>
        <translation>Alle Karten auswählen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or Ctrl+wheel)</source>
        <translation>Vergrößern (Strg++ oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verklei&amp;nern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom to 100 % (Ctrl+0)</source>
        <translation>Auf 100 % zoomen (Strg+0)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Ein&amp;passen</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+9)</source>
        <translation>Die ganze Story Map anzeigen (Strg+9)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Suc&amp;hen</translation>
    </message>
    <message>
        <source>Search the stories (Ctrl+F)</source>
        <translation>Storys durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show &amp;Personas</source>
        <translation>Personas an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the personas above the backbone</source>
        <translation>Personas über dem Backbone anzeigen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Search stories…</source>
        <translation>Storys suchen…</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Storys suchen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by persona</source>
        <translation>Nach Persona filtern</translation>
    </message>
    <message>
        <source>Filter by goal</source>
        <translation>Nach Kundenziel filtern</translation>
    </message>
    <message>
        <source>Filter by release</source>
        <translation>Nach Release filtern</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation>Alle Personas</translation>
    </message>
    <message>
        <source>Any goal</source>
        <translation>Alle Kundenziele</translation>
    </message>
    <message>
        <source>Any release</source>
        <translation>Alle Releases</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n Story</numerusform>
            <numerusform>%n Storys</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 stories match</source>
        <translation>Treffer: %1 von %2 Storys</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Show the whole map in miniature in a corner, to jump around (Ctrl+Shift+O)</source>
        <translation>Die ganze Map in Miniatur in einer Ecke zeigen, um schnell hinzuspringen (Strg+Umschalt+O)</translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryMapView</name>
    <message>
        <source>Story map</source>
        <translation>Story Map</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Neue Story</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Story(s)</source>
        <translation>
            <numerusform>%n Story einfügen</numerusform>
            <numerusform>%n Storys einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Add Story Below</source>
        <translation>Story darunter hinzufügen</translation>
    </message>
    <message>
        <source>Move to Release</source>
        <translation>In Release verschieben</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Set Story Status</source>
        <translation>Story-Status festlegen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>Schritt umbenennen</translation>
    </message>
    <message>
        <source>Add Story</source>
        <translation>Story hinzufügen</translation>
    </message>
    <message>
        <source>Add Step After</source>
        <translation>Schritt danach hinzufügen</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Schritt löschen</translation>
    </message>
    <message>
        <source>Rename Activity</source>
        <translation>Aktivität umbenennen</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add Activity After</source>
        <translation>Aktivität danach hinzufügen</translation>
    </message>
    <message>
        <source>Expand Activity</source>
        <translation>Aktivität ausklappen</translation>
    </message>
    <message>
        <source>Collapse Activity</source>
        <translation>Aktivität einklappen</translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation>Aktivität löschen</translation>
    </message>
    <message>
        <source>Rename Release</source>
        <translation>Release umbenennen</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation>Zeile nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation>Zeile nach unten verschieben</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Zeile ausklappen</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Zeile einklappen</translation>
    </message>
    <message>
        <source>Add Release</source>
        <translation>Release hinzufügen</translation>
    </message>
    <message>
        <source>Delete Release</source>
        <translation>Release löschen</translation>
    </message>
    <message>
        <source>Add Story Here</source>
        <translation>Story hier hinzufügen</translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>no step yet — add one to the backbone first</source>
        <translation>noch kein Schritt – legen Sie zuerst einen im Backbone an</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This plan is open for viewing only.</source>
        <translation>Dieser Plan ist nur zum Ansehen geöffnet.</translation>
    </message>
    <message>
        <source>The map has no step yet: add an activity and a step first.</source>
        <translation>Die Map hat noch keinen Schritt: Legen Sie zuerst eine Aktivität und einen Schritt an.</translation>
    </message>
    <message>
        <source>The card could not be added (see the message).</source>
        <translation>Die Karte konnte nicht hinzugefügt werden (siehe Meldung).</translation>
    </message>
    <message>
        <source>This map is empty. Add an activity first (Ctrl+Ins): what the user does, in the order of their journey. Then add its steps (Shift+Ins) and the stories under them (Ins).</source>
        <translation>Diese Map ist leer. Fügen Sie zuerst eine Aktivität hinzu (Strg+Einfg): was die Nutzer tun, in der Reihenfolge ihrer User Journey. Fügen Sie dann ihre Schritte (Umschalt+Einfg) und darunter die Storys (Einfg) hinzu.</translation>
    </message>
    <message>
        <source>Add a step to an activity first (Shift+Ins); then add the stories under it (Ins).</source>
        <translation>Fügen Sie zuerst einer Aktivität einen Schritt hinzu (Umschalt+Einfg); fügen Sie dann darunter die Storys hinzu (Einfg).</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Aktivität: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n Story</numerusform>
            <numerusform>%n Storys</numerusform>
        </translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation>Release: %1</translation>
    </message>
</context>
<context>
    <name>Valuemap::StorymapsIo</name>
    <message>
        <source>This is not a storymaps.io map: it needs the fields “steps” and “slices” (and “app”: “storymap”). In storymaps.io, use Export → JSON.</source>
        <translation>Dies ist keine storymaps.io-Map: Sie braucht die Felder „steps“ und „slices“ (und „app“: „storymap“). Verwenden Sie in storymaps.io Export → JSON.</translation>
    </message>
    <message>
        <source>Field “v”: this map is in storymaps.io format version %1; Valuemap reads version 1.</source>
        <translation>Feld „v“: Diese Map hat die storymaps.io-Formatversion %1; Valuemap liest Version 1.</translation>
    </message>
    <message>
        <source>Field “%1” must be an object with a “name”.</source>
        <translation>Das Feld „%1“ muss ein Objekt mit einem „name“ sein.</translation>
    </message>
    <message>
        <source>Untitled activity</source>
        <translation>Unbenannte Aktivität</translation>
    </message>
    <message>
        <source>Untitled step</source>
        <translation>Unbenannter Schritt</translation>
    </message>
    <message>
        <source>Field “slices[%1].stories” is missing: each slice needs a list of cards per step.</source>
        <translation>Das Feld „slices[%1].stories“ fehlt: Jeder Slice braucht eine Liste von Karten pro Schritt.</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>Field “slices[%1].stories[%2]” must be a list of cards.</source>
        <translation>Das Feld „slices[%1].stories[%2]“ muss eine Liste von Karten sein.</translation>
    </message>
    <message>
        <source>Field “%1” must be a card (an object with a “name”).</source>
        <translation>Das Feld „%1“ muss eine Karte sein (ein Objekt mit einem „name“).</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Unbenannte Story</translation>
    </message>
    <message>
        <source>Field “%1.points” holds “%2”, which is not a number.</source>
        <translation>Das Feld „%1.points“ enthält „%2“; das ist keine Zahl.</translation>
    </message>
    <message>
        <source>Field “%1.points” must be a number.</source>
        <translation>Das Feld „%1.points“ muss eine Zahl sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden spacer step(s) left out (Valuemap lays out the map itself).</source>
        <translation>
            <numerusform>%n verborgener Platzhalter-Schritt weggelassen (Valuemap ordnet die Map selbst an).</numerusform>
            <numerusform>%n verborgene Platzhalter-Schritte weggelassen (Valuemap ordnet die Map selbst an).</numerusform>
        </translation>
    </message>
    <message>
        <source>Step colours are not kept: Valuemap colours activities and cards.</source>
        <translation>Die Farben der Schritte werden nicht übernommen: Valuemap färbt Aktivitäten und Karten.</translation>
    </message>
    <message numerus="yes">
        <source>The legend (%1) became tags of the same colour on %n card(s).</source>
        <translation>
            <numerusform>Die Legende (%1) wurde zu Tags derselben Farbe auf %n Karte.</numerusform>
            <numerusform>Die Legende (%1) wurde zu Tags derselben Farbe auf %n Karten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card link(s) added to the description.</source>
        <translation>
            <numerusform>%n Karten-Link wurde zur Beschreibung hinzugefügt.</numerusform>
            <numerusform>%n Karten-Links wurden zur Beschreibung hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) with an unknown status imported as “To do”.</source>
        <translation>
            <numerusform>%n Karte mit unbekanntem Status wurde als „Offen“ importiert.</numerusform>
            <numerusform>%n Karten mit unbekanntem Status wurden als „Offen“ importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) beyond the last step left out.</source>
        <translation>
            <numerusform>%n Karte hinter dem letzten Schritt wurde weggelassen.</numerusform>
            <numerusform>%n Karten hinter dem letzten Schritt wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card fields not imported: %1.</source>
        <translation>Nicht importierte Kartenfelder: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The map&apos;s notes (%n line(s)) are not imported: Valuemap has no place for them.</source>
        <translation>
            <numerusform>Die Notizen der Map (%n Zeile) werden nicht importiert: Valuemap hat keinen Platz dafür.</numerusform>
            <numerusform>Die Notizen der Map (%n Zeilen) werden nicht importiert: Valuemap hat keinen Platz dafür.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acceptance criteria:</source>
        <translation>Akzeptanzkriterien:</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
    <message numerus="yes">
        <source>Acceptance criteria of %n story(ies) written into the card text.</source>
        <translation>
            <numerusform>Akzeptanzkriterien von %n Story in den Kartentext geschrieben.</numerusform>
            <numerusform>Akzeptanzkriterien von %n Storys in den Kartentext geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Business value of %n story(ies) not exported (storymaps.io has no such field).</source>
        <translation>
            <numerusform>Geschäftswert von %n Story nicht exportiert (storymaps.io hat kein solches Feld).</numerusform>
            <numerusform>Geschäftswert von %n Storys nicht exportiert (storymaps.io hat kein solches Feld).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer goals of %n story(ies) not exported.</source>
        <translation>
            <numerusform>Kundenziele von %n Story nicht exportiert.</numerusform>
            <numerusform>Kundenziele von %n Storys nicht exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s) without stories not exported.</source>
        <translation>
            <numerusform>%n Persona ohne Storys nicht exportiert.</numerusform>
            <numerusform>%n Personas ohne Storys nicht exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unplanned stories exported as a slice named “Unplanned”.</source>
        <translation>Ungeplante Storys wurden als Slice mit dem Namen „Ungeplant“ exportiert.</translation>
    </message>
    <message>
        <source>Not exported: the vision, release outcomes and dates, goals, increments.</source>
        <translation>Nicht exportiert: Vision, Ergebnisse und Termine der Releases, Kundenziele, Inkremente.</translation>
    </message>
    <message>
        <source>Field “v” must be a number (storymaps.io writes &quot;v&quot;: 1).</source>
        <translation>Das Feld „v“ muss eine Zahl sein (storymaps.io schreibt &quot;v&quot;: 1).</translation>
    </message>
    <message>
        <source>The step “%1” (%2)</source>
        <translation>Der Schritt „%1“ (%2)</translation>
    </message>
    <message>
        <source>The slice “%1” (slices[%2])</source>
        <translation>Der Slice „%1“ (slices[%2])</translation>
    </message>
    <message>
        <source>The card “%1” (%2)</source>
        <translation>Die Karte „%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n colour(s) that are not of the form #rrggbb were left out.</source>
        <translation>
            <numerusform>%n Farbe, die nicht die Form #rrggbb hat, wurde weggelassen.</numerusform>
            <numerusform>%n Farben, die nicht die Form #rrggbb haben, wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field “%1” must be a list ([…]), as storymaps.io writes it.</source>
        <translation>Das Feld „%1“ muss eine Liste ([…]) sein, wie storymaps.io sie schreibt.</translation>
    </message>
</context>
<context>
    <name>Valuemap::StrictJson</name>
    <message>
        <source>Line %1: the JSON nests deeper than %2 levels; a Valuemap or storymaps.io file never does. The file is not one of them.</source>
        <translation>Zeile %1: Das JSON ist tiefer als %2 Ebenen verschachtelt; eine Valuemap- oder storymaps.io-Datei ist das nie. Die Datei ist keine von beiden.</translation>
    </message>
    <message>
        <source>Line %1: the key “%2” appears a second time in the same object (first on line %3). Valuemap cannot tell which one is meant; remove one of them.</source>
        <translation>Zeile %1: Der Schlüssel „%2“ kommt im selben Objekt ein zweites Mal vor (zuerst in Zeile %3). Valuemap kann nicht erkennen, welcher gemeint ist; entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Dies ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
</context>
<context>
    <name>Valuemap::Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Valuemap::TimerWidget</name>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or pause the countdown</source>
        <translation>Countdown starten oder anhalten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the full duration</source>
        <translation>Zurück zur vollen Dauer</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>Eine Minute mehr</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Choose how long the exercise takes</source>
        <translation>Wählen, wie lange die Übung dauert</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Timebox of %1</source>
        <translation>Timebox von %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Timebox</source>
        <translation>Timebox</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minuten:</translation>
    </message>
</context>
<context>
    <name>Valuemap::VisionCanvas</name>
    <message>
        <source>Vision board</source>
        <translation>Vision Board</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message numerus="yes">
        <source>%n notes: the template asks for three to five</source>
        <translation>
            <numerusform>%n Notiz: Die Vorlage sieht drei bis fünf vor</numerusform>
            <numerusform>%n Notizen: Die Vorlage sieht drei bis fünf vor</numerusform>
        </translation>
    </message>
    <message>
        <source>+ Persona</source>
        <translation>+ Persona</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Add Note Here</source>
        <translation>Notiz &amp;hier hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation>Pe&amp;rsona hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Recolour %n Note(s)</source>
        <translation>
            <numerusform>Farbe von %n Notiz ändern</numerusform>
            <numerusform>Farbe von %n Notizen ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan is open for viewing only.</source>
        <translation>Dieser Plan ist nur zum Ansehen geöffnet.</translation>
    </message>
    <message>
        <source>The note could not be added (see the message).</source>
        <translation>Die Notiz konnte nicht hinzugefügt werden (siehe Meldung).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Bereich: %1</translation>
    </message>
</context>
<context>
    <name>Valuemap::VisionExport</name>
    <message>
        <source>No installed font can show these characters, so they appear as “�”: %1. Install a font that has them (for Chinese, Japanese or Korean e.g. Noto Sans CJK) and export again.</source>
        <translation>Keine installierte Schriftart kann diese Zeichen darstellen, daher erscheinen sie als „�“: %1. Installieren Sie eine Schriftart, die sie enthält (für Chinesisch, Japanisch oder Koreanisch z. B. Noto Sans CJK), und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Could not start the PDF for “%1”.</source>
        <translation>Das PDF für „%1“ konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Could not encode the picture for “%1”.</source>
        <translation>Das Bild für „%1“ konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name for the export.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen für den Export.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. The existing file, if any, was left as it was; check the free space and the permissions.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Eine vorhandene Datei bleibt unverändert; prüfen Sie den freien Speicherplatz und die Zugriffsrechte.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) are too long to read on one page and are shortened on it, with a mark; the plan keeps their whole text.</source>
        <translation>
            <numerusform>%n Notiz ist zu lang, um auf einer Seite lesbar zu sein, und wird dort gekürzt und markiert; der Plan behält den ganzen Text.</numerusform>
            <numerusform>%n Notizen sind zu lang, um auf einer Seite lesbar zu sein, und werden dort gekürzt und markiert; der Plan behält den ganzen Text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::VisionRenderer</name>
    <message numerus="yes">
        <source>… [%n more character(s) in the plan]</source>
        <translation>
            <numerusform>… [%n weiteres Zeichen im Plan]</numerusform>
            <numerusform>… [%n weitere Zeichen im Plan]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Valuemap::VisionView</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>The language of the board&apos;s titles, on screen and on paper</source>
        <translation>Die Sprache der Überschriften des Boards, auf dem Bildschirm und auf Papier</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Versio&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Add Note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation>Notiz &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Move Note &amp;Up</source>
        <translation>Notiz nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Note &amp;Down</source>
        <translation>Notiz nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Delete Notes</source>
        <translation>Notizen &amp;löschen</translation>
    </message>
    <message>
        <source>Add &amp;Persona</source>
        <translation>Pe&amp;rsona hinzufügen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Export Vision Statement as &amp;PDF…</source>
        <translation>&amp;Vision Statement als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export Vision as Pictur&amp;e (PNG)…</source>
        <translation>Vision als Bild (PN&amp;G) exportieren…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 – Vision</source>
        <translation>%1 – Vision</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf)</source>
        <translation>PDF, A4 quer (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, Letter landscape (*.pdf)</source>
        <translation>PDF, Letter quer (*.pdf)</translation>
    </message>
    <message>
        <source>Export Vision Statement as PDF</source>
        <translation>Vision Statement als PDF exportieren</translation>
    </message>
    <message>
        <source>Export Vision as Picture</source>
        <translation>Vision als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The prefix of the story keys (BT in BT-42): 1 to 6 letters A to Z</source>
        <translation>Das Präfix der Story-Schlüssel (BT in BT-42): 1 bis 6 Buchstaben von A bis Z</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
</context>
<context>
    <name>Valuemap::VotePanel</name>
    <message>
        <source>Dot Vote</source>
        <translation>Punkteabstimmung</translation>
    </message>
    <message>
        <source>No dot vote yet. Start one, then click the cards (or vision notes) to place each participant&apos;s dots.</source>
        <translation>Noch keine Punkteabstimmung. Starten Sie eine und klicken Sie dann auf die Karten (oder Vision-Notizen), um die Punkte der Teilnehmenden zu setzen.</translation>
    </message>
    <message>
        <source>Start Dot Vote…</source>
        <translation>Punkteabstimmung starten…</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>End Vote</source>
        <translation>Abstimmung beenden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Participants and their dots left</source>
        <translation>Teilnehmende und ihre verbleibenden Punkte</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ergebnis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Result by votes</source>
        <translation>Ergebnis nach Punkten</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Apply as Business Value</source>
        <translation>Als Geschäftswert übernehmen</translation>
    </message>
    <message>
        <source>Business Value = Dots</source>
        <translation>Geschäftswert = Punkte</translation>
    </message>
    <message>
        <source>Scaled to 1–10</source>
        <translation>Skaliert auf 1–10</translation>
    </message>
    <message>
        <source>Scaled to 1–100</source>
        <translation>Skaliert auf 1–100</translation>
    </message>
    <message>
        <source>Order by Votes</source>
        <translation>Nach Punkten ordnen</translation>
    </message>
    <message numerus="yes">
        <source>Now voting: %1, %n dot(s) left.</source>
        <translation>
            <numerusform>Jetzt stimmt ab: %1, noch %n Punkt.</numerusform>
            <numerusform>Jetzt stimmt ab: %1, noch %n Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vote has ended; its result stands. Reopen it to vote on.</source>
        <translation>Die Abstimmung ist beendet; ihr Ergebnis steht. Öffnen Sie sie wieder, um weiter abzustimmen.</translation>
    </message>
    <message>
        <source>The vote is open again.</source>
        <translation>Die Abstimmung ist wieder offen.</translation>
    </message>
    <message>
        <source>Discarded. Edit → Undo brings the vote back.</source>
        <translation>Verworfen. Bearbeiten → Rückgängig holt die Abstimmung zurück.</translation>
    </message>
    <message>
        <source>The voted stories have their business value now. Edit → Undo takes it back.</source>
        <translation>Die Storys mit Punkten haben jetzt ihren Geschäftswert. Bearbeiten → Rückgängig nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>Each step&apos;s stories are in the order of the votes now.</source>
        <translation>Die Storys jedes Schritts stehen jetzt in der Reihenfolge der Punkte.</translation>
    </message>
    <message>
        <source>Each area&apos;s notes are in the order of the votes now.</source>
        <translation>Die Notizen jedes Bereichs stehen jetzt in der Reihenfolge der Punkte.</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename Participant</source>
        <translation>Teilnehmende Person umbenennen</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
    <message>
        <source>stories</source>
        <translation>Storys</translation>
    </message>
    <message>
        <source>vision notes</source>
        <translation>Vision-Notizen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;On %2 · %n dot(s) each · %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Über %2 · %n Punkt je Person · %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Über %2 · %n Punkte je Person · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Click a card to place a dot for the chosen participant; Shift+click takes one back. Keys: + or Space place, − takes back, 1–9 choose who votes.</source>
        <translation>Klicken Sie auf eine Karte, um einen Punkt für die gewählte Person zu setzen; Umschalt+Klick nimmt einen zurück. Tasten: + oder Leertaste setzen, − nimmt zurück, 1–9 wählt, wer abstimmt.</translation>
    </message>
    <message>
        <source>Click a vision note to place a dot for the chosen participant; Shift+click takes one back. Keys: + or Space place, − takes back, 1–9 choose who votes.</source>
        <translation>Klicken Sie auf eine Vision-Notiz, um einen Punkt für die gewählte Person zu setzen; Umschalt+Klick nimmt einen zurück. Tasten: + oder Leertaste setzen, − nimmt zurück, 1–9 wählt, wer abstimmt.</translation>
    </message>
    <message>
        <source>The vote has ended: its dots stay as they are.</source>
        <translation>Die Abstimmung ist beendet: Ihre Punkte bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Order Steps by Votes</source>
        <translation>Schritte nach Punkten ordnen</translation>
    </message>
    <message>
        <source>Order Areas by Votes</source>
        <translation>Bereiche nach Punkten ordnen</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2   %3 %n left</source>
        <translation>
            <numerusform>%1. %2   %3 noch %n</numerusform>
            <numerusform>%1. %2   %3 noch %n</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a vote on vision notes: click the notes on the Vision tab.</source>
        <translation>„%1“ ist eine Abstimmung über Vision-Notizen: Klicken Sie auf die Notizen in der Ansicht „Vision“.</translation>
    </message>
    <message>
        <source>“%1” is a vote on stories: click the cards on the Story Map tab.</source>
        <translation>„%1“ ist eine Abstimmung über Storys: Klicken Sie auf die Karten in der Ansicht „Story Map“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has placed all %n dot(s). Shift+click or − takes one back.</source>
        <translation>
            <numerusform>%1 hat den %n Punkt gesetzt. Umschalt+Klick oder − nimmt ihn zurück.</numerusform>
            <numerusform>%1 hat alle %n Punkte gesetzt. Umschalt+Klick oder − nimmt einen zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no dot here to take back.</source>
        <translation>%1 hat hier keinen Punkt, der zurückgenommen werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dot(s) left.</source>
        <translation>
            <numerusform>%1: noch %n Punkt.</numerusform>
            <numerusform>%1: noch %n Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has placed all dots. Next: %2.</source>
        <translation>%1 hat alle Punkte gesetzt. Als Nächstes: %2.</translation>
    </message>
    <message>
        <source>Everyone has placed all dots. End the vote to keep the result.</source>
        <translation>Alle haben ihre Punkte gesetzt. Beenden Sie die Abstimmung, um das Ergebnis festzuhalten.</translation>
    </message>
    <message>
        <source>Select a card first, or click it.</source>
        <translation>Wählen Sie zuerst eine Karte aus oder klicken Sie darauf.</translation>
    </message>
</context>
<context>
    <name>Valuemap::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Valuemap&lt;/h1&gt;&lt;p&gt;Plan value delivery: a vision everyone agrees on, a story map, thin releases that are each a working product, and the customer goals they move.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Valuemap&lt;/h1&gt;&lt;p&gt;Planen Sie, wie Sie Wert liefern: eine Vision, hinter der alle stehen, eine Story Map, schlanke Releases, die jeweils ein funktionierendes Produkt sind, und die Kundenziele, die sie voranbringen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Plan…</source>
        <translation>Neuer Plan…</translation>
    </message>
    <message>
        <source>New from Template…</source>
        <translation>Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>Open Plan…</source>
        <translation>Plan öffnen…</translation>
    </message>
    <message>
        <source>Open the Sample Plan</source>
        <translation>Beispielplan öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Pläne&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Zuletzt geöffnete Pläne</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert am %1</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>No recent plans yet</source>
        <translation>Noch keine zuletzt geöffneten Pläne</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Interface language (de or en).</source>
        <translation>Sprache der Benutzeroberfläche (de oder en).</translation>
    </message>
    <message>
        <source>Open your copy of the sample plan.</source>
        <translation>Ihre Kopie des Beispielplans öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in der Datei FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>The plan to open.</source>
        <translation>Der zu öffnende Plan.</translation>
    </message>
    <message>
        <source>Zoom the story map to fit the window.</source>
        <translation>Die Story Map an das Fenster anpassen.</translation>
    </message>
    <message>
        <source>Show this screen first (vision, map, releases, goals, increments, charts, outline, vote).</source>
        <translation>Diese Ansicht zuerst anzeigen (vision, map, releases, goals, increments, charts, outline, vote).</translation>
    </message>
    <message>
        <source>Quit once the window is painted.</source>
        <translation>Beenden, sobald das Fenster gezeichnet ist.</translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark (View ▸ Theme keeps a choice).</source>
        <translation>Farben für diesen Aufruf: system, light oder dark (Ansicht ▸ Farbschema speichert eine Auswahl).</translation>
    </message>
    <message>
        <source>Unknown theme “%1”: use system, light or dark.</source>
        <translation>Unbekanntes Farbschema „%1“: Verwenden Sie system, light oder dark.</translation>
    </message>
    <message>
        <source>Open a plan on this team server (with --plan): service=NAME or postgresql://…</source>
        <translation>Einen Plan auf diesem Team-Server öffnen (mit --plan): service=NAME oder postgresql://…</translation>
    </message>
    <message>
        <source>The plan on the server to open.</source>
        <translation>Der zu öffnende Plan auf dem Server.</translation>
    </message>
    <message>
        <source>A server plan needs both --server CONN and --plan NAME.</source>
        <translation>Ein Server-Plan braucht sowohl --server CONN als auch --plan NAME.</translation>
    </message>
    <message>
        <source>On the Charts screen, show this chart (goal, goal:N, burnup, cadence, leadtime, value, frequency, increments, feedback).</source>
        <translation>In der Ansicht „Diagramme“ dieses Diagramm zeigen (goal, goal:N, burnup, cadence, leadtime, value, frequency, increments, feedback).</translation>
    </message>
    <message>
        <source>Zoom the story map to this percentage (3 to 400).</source>
        <translation>Die Story Map auf diese Prozentzahl vergrößern oder verkleinern (3 bis 400).</translation>
    </message>
    <message>
        <source>--zoom takes a percentage from 3 to 400, not “%1”.</source>
        <translation>--zoom erwartet eine Prozentzahl von 3 bis 400, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown screen “%1”: use one of %2.</source>
        <translation>Unbekannte Ansicht „%1“: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>--present takes a page number from 1 (the vision), not “%1”.</source>
        <translation>--present erwartet eine Seitennummer ab 1 (die Vision), nicht „%1“.</translation>
    </message>
    <message>
        <source>Start presentation mode at page N (1 is the vision; beyond the last page, the last).</source>
        <translation>Den Präsentationsmodus auf Seite N starten (1 ist die Vision; nach der letzten Seite: die letzte).</translation>
    </message>
</context>
</TS>
