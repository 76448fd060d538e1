<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Valuemap::Cli</name>
    <message>
        <source>valuemap check: name exactly one plan file, e.g. valuemap check plan.valuemap</source>
        <translation>valuemap check: Geben Sie genau eine Plandatei an, z. B. valuemap check plan.valuemap</translation>
    </message>
    <message>
        <source>valuemap check: %1</source>
        <translation>valuemap check: %1</translation>
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
        <source>Restore the file from a backup, or open it in Valuemap and save a copy.</source>
        <translation>Stellen Sie die Datei aus einer Sicherung wieder her oder öffnen Sie sie in Valuemap und speichern Sie eine Kopie.</translation>
    </message>
    <message>
        <source>Usage:
  valuemap [FILE.valuemap]        open a plan in a window
  valuemap --sample               open your copy of the sample plan
  valuemap check FILE.valuemap    print what the plan holds and whether it is sound
  valuemap --version              print the version
  valuemap --help                 print this help

Options for the window:
  --lang de|en                    the language of the user interface
  --screenshot FILE.png           save a picture of the window and quit

Exit codes: 0 success, 1 the plan has problems, 2 wrong usage or unreadable file.</source>
        <translation>Aufruf:
  valuemap [DATEI.valuemap]       einen Plan in einem Fenster öffnen
  valuemap --sample               Ihre Kopie des Beispielplans öffnen
  valuemap check DATEI.valuemap   ausgeben, was der Plan enthält und ob er in Ordnung ist
  valuemap --version              die Version ausgeben
  valuemap --help                 diese Hilfe ausgeben

Optionen für das Fenster:
  --lang de|en                    die Sprache der Benutzeroberfläche
  --screenshot DATEI.png          ein Bild des Fensters speichern und beenden

Rückgabewerte: 0 Erfolg, 1 der Plan hat Probleme, 2 falscher Aufruf oder unlesbare Datei.</translation>
    </message>
    <message>
        <source>valuemap: unknown command “%1”.</source>
        <translation>valuemap: unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>Valuemap::DeliverDialog</name>
    <message>
        <source>Deliver “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what shipped to customers. The ticked stories are marked done on the delivery date, the slice becomes delivered, and the increment appears in the history and the charts. Stories left unticked stay in the slice. Undo takes it all back in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went live, for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stories that shipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback s&amp;core (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one story that shipped, or cancel.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story to split off no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the release “%2”. Select only stories of the release you split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the stories to move into the new release first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release to merge no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release cannot be merged into itself. Choose two different releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release to deliver no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering “%1” needs a valid delivery date. Pick the day it shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story that shipped no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the release “%2”. Move it into the release before delivering it with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one story that shipped with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver Release</source>
        <translation type="unfinished"></translation>
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
        <source>&lt;h1&gt;Valuemap&lt;/h1&gt;&lt;p&gt;Plan value delivery: a vision everyone agrees on, a story map, thin releases that are each a working product, and the customer goals they move.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Valuemap&lt;/h1&gt;&lt;p&gt;Planen Sie, wie Sie Wert liefern: eine Vision, hinter der alle stehen, eine Story Map, schlanke Releases, die jeweils ein funktionierendes Produkt sind, und die Kundenziele, auf die sie einzahlen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Plan…</source>
        <translation>Neuer Plan…</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
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
    <name>Valuemap::PlanCheck</name>
    <message>
        <source>the order of %1 under %2 has gaps or duplicates</source>
        <translation>die Reihenfolge in %1 unter %2 hat Lücken oder Doppelungen</translation>
    </message>
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
</context>
<context>
    <name>Valuemap::ReleaseBoard</name>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story here:
not end-to-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release slicing board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a release slice below the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Off Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stories of the current slice into a new slice below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into Slice Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current slice&apos;s stories, goals and deliveries into the slice above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Slice Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver this slice earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Slice Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver this slice later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this slice shipped to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current slice; its stories become unplanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter unplanned stories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter unplanned stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Story(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished">Ungeplant</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (split)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::ReleaseBoardScene</name>
    <message>
        <source>Releases, in delivery order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unestimated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity: %1 of %2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new here: builds on an earlier delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished">Ungeplant</translation>
    </message>
    <message>
        <source>Stories in no release: drag them onto a slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the stories that match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Story(s) To</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>Valuemap::SliceCheck</name>
    <message>
        <source>Empty slice: drag stories onto it from Unplanned or another slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a working product: no story for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome: say what this slice should achieve or let you learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer goal: link the goal this slice should move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity: %1 estimated for a capacity of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::SliceDetailsPanel</name>
    <message>
        <source>&lt;b&gt;Slice details&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a slice on the board to see and edit what it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2026-09-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story points the team can take, e.g. 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome or hypothesis: what should this slice achieve, or let you learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished">&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome / hypothesis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;goals it should move:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Enter it as YYYY-MM-DD, e.g. 2026-09-30, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer goals yet: add them on the Goals screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✓ A working product with a clear purpose.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n story(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
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
        <source>“%1” uses an older file format (%2) that must be upgraded, but it is read-only. Make it writable, or copy it to a writable folder, and open it again.</source>
        <translation>„%1“ verwendet ein älteres Dateiformat (%2), das aktualisiert werden muss, ist aber schreibgeschützt. Heben Sie den Schreibschutz auf oder kopieren Sie die Datei in einen beschreibbaren Ordner und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded from file format %2: %3. The file is unchanged; report this problem with a copy of the file.</source>
        <translation>„%1“ konnte nicht von Dateiformat %2 aktualisiert werden: %3. Die Datei ist unverändert; bitte melden Sie dieses Problem und legen Sie eine Kopie der Datei bei.</translation>
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
        <source>the new file could not be moved into place</source>
        <translation>die neue Datei konnte nicht an ihren Zielort verschoben werden</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2. Check that the folder is writable and the disk has space.</source>
        <translation>„%1“ konnte nicht angelegt werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist und auf dem Datenträger genug Speicherplatz frei ist.</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2). Restore it from a backup or a copy.</source>
        <translation>„%1“ konnte nicht gelesen werden (%2). Stellen Sie die Datei aus einer Sicherung oder einer Kopie wieder her.</translation>
    </message>
    <message>
        <source>the file is open for reading only</source>
        <translation>die Datei ist nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>row %1 of %2 is missing</source>
        <translation>Zeile %1 in Tabelle %2 fehlt</translation>
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
        <source>the copy could not be moved into place</source>
        <translation>die Kopie konnte nicht an ihren Zielort verschoben werden</translation>
    </message>
    <message>
        <source>Could not save a copy as “%1”: %2. Check that the folder is writable and the disk has space; the open plan is unchanged.</source>
        <translation>Die Kopie konnte nicht als „%1“ gespeichert werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist und auf dem Datenträger genug Speicherplatz frei ist; der geöffnete Plan ist unverändert.</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>Zeile %1 in Tabelle %2 verweist auf eine fehlende Zeile in Tabelle %3</translation>
    </message>
    <message>
        <source>Could not save the change to “%1”: %2. The plan is unchanged. Free disk space or check the file, then try again.</source>
        <translation>Die Änderung konnte nicht in „%1“ gespeichert werden: %2. Der Plan ist unverändert. Geben Sie Speicherplatz frei oder prüfen Sie die Datei und versuchen Sie es dann erneut.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished">%1 von %2 erledigt</translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryMapScene</name>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collapsed — double-click the arrow to expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished">Ungeplant</translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryMapScreen</name>
    <message>
        <source>Story Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story &amp;Details Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Story</source>
        <translation type="unfinished">&amp;Story hinzufügen</translation>
    </message>
    <message>
        <source>Add a story below the selected one, or in the last clicked cell (Ins); type and press Enter to add the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add S&amp;tep</source>
        <translation type="unfinished">Schri&amp;tt hinzufügen</translation>
    </message>
    <message>
        <source>Add a step after the selected one (Shift+Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Activity</source>
        <translation type="unfinished">&amp;Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Add an activity to the backbone (Ctrl+Ins)</source>
        <translation type="unfinished">Aktivität zum Backbone hinzufügen (Strg+Einfg)</translation>
    </message>
    <message>
        <source>Add &amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a release lane at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected cards, steps, activities or releases (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste stories (or lines of text) below the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to 100 % (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the stories (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the personas above the backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished">Ungeplant</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any release</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 stories match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Valuemap::StoryMapView</name>
    <message>
        <source>Story map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New story</source>
        <translation type="unfinished">Neue Story</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished">Neue Aktivität</translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished">Neuer Schritt</translation>
    </message>
    <message>
        <source>New release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Story(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Story Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation type="unfinished">Ungeplant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished">Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Erledigt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished">Blockiert</translation>
    </message>
    <message>
        <source>Set Story Status</source>
        <translation type="unfinished">Story-Status festlegen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation type="unfinished">Schritt umbenennen</translation>
    </message>
    <message>
        <source>Add Story</source>
        <translation type="unfinished">Story hinzufügen</translation>
    </message>
    <message>
        <source>Add Step After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation type="unfinished">Schritt löschen</translation>
    </message>
    <message>
        <source>Rename Activity</source>
        <translation type="unfinished">Aktivität umbenennen</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation type="unfinished">Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add Activity After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation type="unfinished">Aktivität löschen</translation>
    </message>
    <message>
        <source>Rename Release</source>
        <translation type="unfinished">Release umbenennen</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Release</source>
        <translation type="unfinished">Release hinzufügen</translation>
    </message>
    <message>
        <source>Delete Release</source>
        <translation type="unfinished">Release löschen</translation>
    </message>
    <message>
        <source>Add Story Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation type="unfinished">Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation type="unfinished"></translation>
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
        <source>Show this screen first (map, outline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the story map to fit the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
