<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AdvisorAccount</name>
    <message>
        <location filename="../client/sync/AdvisorAccount.cpp" line="13" />
        <source>Your certificate expired on %1. Ask your administrator for a new one, then choose Account → Import new certificate.</source>
        <translation>Ihr Zertifikat ist am %1 abgelaufen. Bitten Sie Ihre Administration um ein neues und wählen Sie dann Konto → Neues Zertifikat importieren.</translation>
    </message>
    <message>
        <location filename="../client/sync/AdvisorAccount.cpp" line="18" />
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../client/sync/AdvisorAccount.cpp" line="18" />
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../client/sync/AdvisorAccount.cpp" line="18" />
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <location filename="../client/sync/AdvisorAccount.cpp" line="19" />
        <source>Your certificate expires on %1 (%2). Ask your administrator for a new one in good time, then choose Account → Import new certificate.</source>
        <translation>Ihr Zertifikat läuft am %1 ab (%2). Bitten Sie Ihre Administration rechtzeitig um ein neues und wählen Sie dann Konto → Neues Zertifikat importieren.</translation>
    </message>
</context>
<context>
    <name>AdvisorIdentity</name>
    <message>
        <location filename="../client/sync/AdvisorIdentity.cpp" line="21" />
        <source>The certificate file could not be opened. Check the passphrase, or ask your administrator for a new file.</source>
        <translation>Die Zertifikatsdatei konnte nicht geöffnet werden. Prüfen Sie die Passphrase oder bitten Sie Ihre Administration um eine neue Datei.</translation>
    </message>
    <message>
        <location filename="../client/sync/AdvisorIdentity.cpp" line="25" />
        <source>The certificate file does not contain the company's CA certificate. Ask your administrator for a new file.</source>
        <translation>Die Zertifikatsdatei enthält das CA-Zertifikat des Unternehmens nicht. Bitten Sie Ihre Administration um eine neue Datei.</translation>
    </message>
    <message>
        <location filename="../client/sync/AdvisorIdentity.cpp" line="35" />
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../client/sync/AdvisorIdentity.cpp" line="45" />
        <source>Cannot store the certificate in %1.</source>
        <translation>Das Zertifikat kann nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>OpenDurationPolicy</name>
    <message numerus="yes">
        <location filename="../client/sync/OpenDurationPolicy.cpp" line="39" />
        <source>%n min</source>
        <translation><numerusform>%n Min.</numerusform><numerusform>%n Min.</numerusform></translation>
    </message>
    <message>
        <location filename="../client/sync/OpenDurationPolicy.cpp" line="42" />
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/sync/OpenDurationPolicy.cpp" line="42" />
        <source>%n h</source>
        <translation><numerusform>%n Std.</numerusform><numerusform>%n Std.</numerusform></translation>
    </message>
    <message>
        <location filename="../client/sync/OpenDurationPolicy.cpp" line="44" />
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../client/sync/OpenDurationPolicy.cpp" line="44" />
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>ReportCsvReader</name>
    <message>
        <location filename="../client/sync/ReportCsvReader.cpp" line="87" />
        <source>Row %1 does not fit its section's columns.</source>
        <translation>Zeile %1 passt nicht zu den Spalten ihres Abschnitts.</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportCsvReader.cpp" line="200" />
        <source>Row %1 has a quote in the wrong place.</source>
        <translation>Zeile %1 hat ein Anführungszeichen an der falschen Stelle.</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportCsvReader.cpp" line="208" />
        <source>Row %1 has a quote that never ends.</source>
        <translation>Zeile %1 hat ein Anführungszeichen, das nie endet.</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportCsvReader.cpp" line="223" />
        <source>The file has a missing or malformed figure.</source>
        <translation>In der Datei fehlt eine Zahl oder ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportCsvReader.cpp" line="228" />
        <source>The file is not a Confidant report.</source>
        <translation>Die Datei ist kein Confidant-Bericht.</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="20" />
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="21" />
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="28" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="45" />
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="50" />
        <source>Shared queue</source>
        <translation>Gemeinsame Warteschlange</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="57" />
        <source>0–1 days</source>
        <translation>0–1 Tage</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="59" />
        <source>1–3 days</source>
        <translation>1–3 Tage</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="61" />
        <source>3–7 days</source>
        <translation>3–7 Tage</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="63" />
        <source>7–14 days</source>
        <translation>7–14 Tage</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="67" />
        <source>14+ days</source>
        <translation>14+ Tage</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="73" />
        <source>Team report: %1</source>
        <translation>Teambericht: %1</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="75" />
        <source>Overview: team %1</source>
        <translation>Übersicht: Team %1</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="76" />
        <source>Overview: shared queue</source>
        <translation>Übersicht: gemeinsame Warteschlange</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportFormat.cpp" line="76" />
        <source>Overview: whole company</source>
        <translation>Übersicht: ganzes Unternehmen</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="29" />
        <source>Report of %1, %2</source>
        <translation>Bericht: %1, %2</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="91" />
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="92" />
        <source>By topic</source>
        <translation>Nach Thema</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="93" />
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="95" />
        <source>Advisors</source>
        <translation>Beraterinnen und Berater</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="97" />
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="117" />
        <source>Team report</source>
        <translation>Teambericht</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="117" />
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="120" />
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="121" />
        <source>Days counted in the time zone %1; made on %2.</source>
        <translation>Tage gezählt in der Zeitzone %1; erstellt am %2.</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="141" />
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="142" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="143" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="144" />
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="145" />
        <source>Open now</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="146" />
        <source>Overdue now</source>
        <translation>Jetzt überfällig</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="147" />
        <source>First response (median)</source>
        <translation>Erste Antwort (Median)</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="148" />
        <source>Time to close (median)</source>
        <translation>Zeit bis zum Abschluss (Median)</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="245" />
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportPdfWriter.cpp" line="320" />
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <location filename="../client/sync/ReportPeriod.cpp" line="29" />
        <source>Choose the first and the last day of the period.</source>
        <translation>Wählen Sie den ersten und den letzten Tag des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportPeriod.cpp" line="31" />
        <source>The last day of the period must not be before the first.</source>
        <translation>Der letzte Tag des Zeitraums darf nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportPeriod.cpp" line="33" />
        <source>The period must not end in the future.</source>
        <translation>Der Zeitraum darf nicht in der Zukunft enden.</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportPeriod.cpp" line="36" />
        <source>A report covers at most %1 days. Choose a shorter period.</source>
        <translation>Ein Bericht umfasst höchstens %1 Tage. Wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <location filename="../server/store/AbsenceStore.cpp" line="24" />
        <location filename="../server/store/AdvisorStore.cpp" line="78" />
        <source>This advisor does not exist.</source>
        <translation>Diese Beraterin oder dieser Berater existiert nicht.</translation>
    </message>
    <message>
        <location filename="../server/service/AbsencePlanning.cpp" line="16" />
        <source>Only the advisor themselves or their team lead can set their absence.</source>
        <translation>Nur die Person selbst oder ihre Teamleitung kann ihre Abwesenheit eintragen.</translation>
    </message>
    <message>
        <location filename="../server/store/AdvisorStore.cpp" line="31" />
        <source>A team with this name exists already.</source>
        <translation>Ein Team mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../server/store/AdvisorStore.cpp" line="53" />
        <source>An advisor with this login exists already.</source>
        <translation>Eine Beraterin oder ein Berater mit dieser Anmeldung existiert bereits.</translation>
    </message>
    <message>
        <location filename="../server/service/ActivityReports.cpp" line="38" />
        <source>Only a team lead can fetch team reports.</source>
        <translation>Nur eine Teamleitung kann Teamberichte abrufen.</translation>
    </message>
    <message>
        <location filename="../server/api/ReportRoutes.cpp" line="39" />
        <source>Give the period as from=YYYY-MM-DD and to=YYYY-MM-DD.</source>
        <translation>Geben Sie den Zeitraum als from=YYYY-MM-DD und to=YYYY-MM-DD an.</translation>
    </message>
    <message>
        <location filename="../server/service/ActivityReports.cpp" line="22" />
        <source>The period must not end before it starts.</source>
        <translation>Der Zeitraum darf nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../server/service/ActivityReports.cpp" line="24" />
        <source>A report covers at most 366 days. Choose a shorter period.</source>
        <translation>Ein Bericht umfasst höchstens 366 Tage. Wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <location filename="../server/store/ReportStore.cpp" line="132" />
        <source>The period must not end in the future.</source>
        <translation>Der Zeitraum darf nicht in der Zukunft enden.</translation>
    </message>
    <message>
        <location filename="../server/api/ReportRoutes.cpp" line="53" />
        <source>The parameter "team" must be a team's number or "shared".</source>
        <translation>Der Parameter „team“ muss die Nummer eines Teams oder „shared“ sein.</translation>
    </message>
    <message>
        <location filename="../server/service/InquiryMoves.cpp" line="66" />
        <location filename="../server/store/AdvisorStore.cpp" line="54" />
        <location filename="../server/store/ReportStore.cpp" line="127" />
        <source>This team does not exist.</source>
        <translation>Dieses Team gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/store/AdvisorStore.cpp" line="113" />
        <source>The certificate could not be registered for this advisor.</source>
        <translation>Das Zertifikat konnte für diese Beraterin bzw. diesen Berater nicht registriert werden.</translation>
    </message>
    <message>
        <location filename="../server/store/AdvisorStore.cpp" line="127" />
        <source>No valid certificate has this fingerprint.</source>
        <translation>Kein gültiges Zertifikat hat diesen Fingerabdruck.</translation>
    </message>
    <message>
        <location filename="../server/store/AdvisorStore.cpp" line="137" />
        <source>No active advisor holds this certificate.</source>
        <translation>Keine aktive Beraterin und kein aktiver Berater hat dieses Zertifikat.</translation>
    </message>
    <message>
        <location filename="../server/api/DeletionRoutes.cpp" line="78" />
        <location filename="../server/api/InquiryRoutes.cpp" line="20" />
        <location filename="../server/api/OwnershipRoutes.cpp" line="16" />
        <location filename="../server/service/AdvisorInquiries.cpp" line="16" />
        <location filename="../server/store/CustomerReadStore.cpp" line="25" />
        <location filename="../server/store/DeletionStore.cpp" line="29" />
        <location filename="../server/store/InquiryMessages.cpp" line="14" />
        <location filename="../server/store/InquiryNotes.cpp" line="35" />
        <location filename="../server/store/InquiryOwnership.cpp" line="128" />
        <source>This inquiry does not exist.</source>
        <translation>Diese Anfrage gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/store/CustomerStore.cpp" line="49" />
        <source>This e-mail address is already registered. Please sign in instead.</source>
        <translation>Diese E-Mail-Adresse ist bereits registriert. Bitte melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <location filename="../server/store/CustomerStore.cpp" line="65" />
        <source>This pseudonym is taken. Please choose another one.</source>
        <translation>Dieses Pseudonym ist vergeben. Bitte wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../server/store/CustomerStore.cpp" line="111" />
        <source>Please choose one of the offered options.</source>
        <translation>Bitte wählen Sie eine der angebotenen Möglichkeiten.</translation>
    </message>
    <message>
        <location filename="../server/store/CustomerStore.cpp" line="173" />
        <location filename="../server/store/CustomerWriteLog.cpp" line="42" />
        <source>This account no longer exists.</source>
        <translation>Dieses Konto besteht nicht mehr.</translation>
    </message>
    <message>
        <location filename="../server/store/CustomerStore.cpp" line="187" />
        <source>This customer or advisor does not exist.</source>
        <translation>Diese Kundin, diesen Kunden, diese Beraterin oder diesen Berater gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/service/OwnershipRules.cpp" line="22" />
        <source>This inquiry is closed.</source>
        <translation>Diese Anfrage ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../server/service/OwnershipRules.cpp" line="41" />
        <location filename="../server/store/InquiryOwnership.cpp" line="127" />
        <source>A colleague has taken this inquiry already.</source>
        <translation>Eine Kollegin oder ein Kollege hat diese Anfrage bereits übernommen.</translation>
    </message>
    <message>
        <location filename="../server/service/OwnershipRules.cpp" line="48" />
        <source>Nobody has taken this inquiry.</source>
        <translation>Niemand hat diese Anfrage übernommen.</translation>
    </message>
    <message>
        <location filename="../server/service/OwnershipRules.cpp" line="51" />
        <source>Only the advisor who has taken this inquiry, or their team lead, can release it.</source>
        <translation>Nur wer diese Anfrage übernommen hat, oder die Teamleitung kann sie freigeben.</translation>
    </message>
    <message>
        <location filename="../server/service/InquiryMoves.cpp" line="50" />
        <source>Say in a note (up to 2,000 characters) why you transfer the inquiry.</source>
        <translation>Schreiben Sie in einer Notiz (bis zu 2.000 Zeichen), warum Sie die Anfrage weitergeben.</translation>
    </message>
    <message>
        <location filename="../server/service/InquiryMoves.cpp" line="52" />
        <source>Transfer to one colleague or one team.</source>
        <translation>Geben Sie die Anfrage an eine Person oder an ein Team weiter.</translation>
    </message>
    <message>
        <location filename="../server/service/InquiryMoves.cpp" line="59" />
        <source>This colleague does not exist.</source>
        <translation>Diese Kollegin oder diesen Kollegen gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/service/OwnershipRules.cpp" line="62" />
        <source>Only the advisor who has taken this inquiry, or their team lead, can transfer it.</source>
        <translation>Nur wer diese Anfrage übernommen hat, oder die Teamleitung kann sie weitergeben.</translation>
    </message>
    <message>
        <location filename="../server/service/InquiryMoves.cpp" line="80" />
        <source>Assign to an advisor of your team; transfer the inquiry to reach others.</source>
        <translation>Weisen Sie die Anfrage jemandem aus Ihrem Team zu; an andere geben Sie sie weiter.</translation>
    </message>
    <message>
        <location filename="../server/service/OwnershipRules.cpp" line="69" />
        <source>Only a lead of the inquiry's team can assign it.</source>
        <translation>Nur die Leitung des Teams der Anfrage kann sie zuweisen.</translation>
    </message>
    <message>
        <location filename="../server/service/OwnershipRules.cpp" line="80" />
        <source>This inquiry is closed already.</source>
        <translation>Diese Anfrage ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../server/service/OwnershipRules.cpp" line="83" />
        <source>Only the advisor who has taken this inquiry, or their team lead, can close it.</source>
        <translation>Nur wer diese Anfrage übernommen hat, oder die Teamleitung kann sie abschließen.</translation>
    </message>
    <message>
        <location filename="../server/store/InquiryStore.cpp" line="85" />
        <location filename="../server/store/RetentionPolicyStore.cpp" line="32" />
        <location filename="../server/store/TopicStore.cpp" line="94" />
        <source>This topic does not exist.</source>
        <translation>Dieses Thema gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/store/TopicStore.cpp" line="12" />
        <source>This topic cannot be stored.</source>
        <translation>Dieses Thema kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../server/store/TopicStore.cpp" line="45" />
        <source>A topic with this key exists already.</source>
        <translation>Ein Thema mit diesem Schlüssel gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../server/api/AdvisorGate.cpp" line="31" />
        <source>This certificate is not registered to an active advisor. Ask your administrator for a new one.</source>
        <translation>Dieses Zertifikat gehört zu keiner aktiven Beraterin und keinem aktiven Berater. Bitten Sie Ihre Administration um ein neues.</translation>
    </message>
    <message>
        <location filename="../server/api/AbsenceRoutes.cpp" line="48" />
        <location filename="../server/service/AbsencePlanning.cpp" line="34" />
        <source>The absence cannot be set as it is.</source>
        <translation>Die Abwesenheit kann so nicht eingetragen werden.</translation>
    </message>
    <message>
        <location filename="../server/api/InquiryRoutes.cpp" line="82" />
        <location filename="../server/service/AdvisorInquiries.cpp" line="83" />
        <source>The note cannot be added as it is.</source>
        <translation>Die Notiz kann so nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../server/api/InquiryRoutes.cpp" line="63" />
        <location filename="../server/service/AdvisorInquiries.cpp" line="73" />
        <source>The reply cannot be sent as it is.</source>
        <translation>Die Antwort kann so nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../server/store/DeletionStore.cpp" line="68" />
        <source>This is not due for deletion (any more). Refresh the list.</source>
        <translation>Das ist (nicht mehr) zur Löschung fällig. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../server/store/DeletionStore.cpp" line="213" />
        <source>We are obliged by law to keep this for now, so it cannot be deleted yet. Your advisor can tell you until when.</source>
        <translation>Wir sind gesetzlich verpflichtet, dies vorerst aufzubewahren; es kann daher noch nicht gelöscht werden. Ihre Beraterin oder Ihr Berater kann Ihnen sagen, bis wann.</translation>
    </message>
    <message>
        <location filename="../server/store/DeletionStore.cpp" line="269" />
        <source>Only a lead of the inquiry's team can set a legal hold. Postpone the deletion to a date, or ask your team lead.</source>
        <translation>Nur eine Leitung des Teams der Anfrage kann eine gesetzliche Aufbewahrungspflicht setzen. Verschieben Sie die Löschung auf ein Datum, oder fragen Sie Ihre Teamleitung.</translation>
    </message>
    <message>
        <location filename="../server/store/DeletionStore.cpp" line="273" />
        <source>This inquiry is under a legal hold, which only a lead of its team can lift. Ask your team lead.</source>
        <translation>Für diese Anfrage gilt eine gesetzliche Aufbewahrungspflicht, die nur eine Leitung ihres Teams aufheben kann. Fragen Sie Ihre Teamleitung.</translation>
    </message>
    <message>
        <location filename="../server/store/DeletionStore.cpp" line="276" />
        <source>This inquiry is not under a legal hold.</source>
        <translation>Für diese Anfrage gilt keine gesetzliche Aufbewahrungspflicht.</translation>
    </message>
    <message>
        <location filename="../server/api/DeletionRoutes.cpp" line="60" />
        <source>Nothing was deleted: the request is not valid.</source>
        <translation>Nichts wurde gelöscht: Die Anfrage ist ungültig.</translation>
    </message>
    <message>
        <location filename="../server/api/DeletionRoutes.cpp" line="75" />
        <location filename="../server/service/Deletions.cpp" line="33" />
        <source>The deletion cannot be postponed as it is.</source>
        <translation>Die Löschung kann so nicht aufgeschoben werden.</translation>
    </message>
    <message>
        <location filename="../server/store/AccountLinkStore.cpp" line="14" />
        <source>This link has expired or was used already. Please ask for a new one.</source>
        <translation>Dieser Link ist abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen neuen an.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="40" />
        <source>This text contains characters that cannot be stored.</source>
        <translation>Dieser Text enthält Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="95" />
        <source>Please enter your e-mail address.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="97" />
        <source>This e-mail address is too long.</source>
        <translation>Diese E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="100" />
        <source>This does not look like an e-mail address.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="108" />
        <source>Please choose a pseudonym.</source>
        <translation>Bitte wählen Sie ein Pseudonym.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="111" />
        <source>A pseudonym has 3 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>Ein Pseudonym hat 3 bis 40 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="118" />
        <source>Please choose a password of at least 10 characters.</source>
        <translation>Bitte wählen Sie ein Passwort mit mindestens 10 Zeichen.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="120" />
        <source>This password is too long (at most 256 characters).</source>
        <translation>Dieses Passwort ist zu lang (höchstens 256 Zeichen).</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="122" />
        <source>The password contains characters that cannot be typed.</source>
        <translation>Das Passwort enthält Zeichen, die sich nicht eintippen lassen.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="128" />
        <source>Please write the note.</source>
        <translation>Bitte schreiben Sie die Notiz.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="129" />
        <source>The note is too long (at most 4,000 characters).</source>
        <translation>Die Notiz ist zu lang (höchstens 4.000 Zeichen).</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="135" />
        <source>The absence must end after it starts.</source>
        <translation>Die Abwesenheit muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="137" />
        <source>The absence must end in the future.</source>
        <translation>Die Abwesenheit muss in der Zukunft enden.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="139" />
        <source>An absence can last at most a year.</source>
        <translation>Eine Abwesenheit kann höchstens ein Jahr dauern.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="146" />
        <source>Please say why the deletion is postponed.</source>
        <translation>Bitte geben Sie an, warum die Löschung aufgeschoben wird.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="147" />
        <source>The reason is too long (at most 500 characters).</source>
        <translation>Der Grund ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="149" />
        <source>The new date must be in the future.</source>
        <translation>Das neue Datum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="151" />
        <source>Postpone by at most a hundred years; for longer, use a legal hold.</source>
        <translation>Schieben Sie höchstens hundert Jahre auf; für länger verwenden Sie eine gesetzliche Aufbewahrungspflicht.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="158" />
        <source>The subject must fit on one line.</source>
        <translation>Der Betreff muss in eine Zeile passen.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="160" />
        <source>Please enter a subject.</source>
        <translation>Bitte geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="161" />
        <source>The subject is too long (at most 200 characters).</source>
        <translation>Der Betreff ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="167" />
        <source>Please write your message.</source>
        <translation>Bitte schreiben Sie Ihre Nachricht.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="168" />
        <source>The message is too long (at most 20,000 characters).</source>
        <translation>Die Nachricht ist zu lang (höchstens 20.000 Zeichen).</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="175" />
        <source>Please choose a topic.</source>
        <translation>Bitte wählen Sie ein Thema.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="177" />
        <source>This topic does not exist.</source>
        <translation>Dieses Thema gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="185" />
        <source>A login has 2 to 64 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Eine Anmeldung besteht aus 2 bis 64 Kleinbuchstaben, Ziffern, Punkten, Binde- oder Unterstrichen.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="196" />
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="197" />
        <source>The name is too long (at most 120 characters).</source>
        <translation>Der Name ist zu lang (höchstens 120 Zeichen).</translation>
    </message>
</context>
<context>
    <name>confidant::client::AbsenceDialog</name>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="22" />
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="23" />
        <source>&amp;Set absence</source>
        <translation>Abwesenheit &amp;eintragen</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="25" />
        <source>Absences</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="26" />
        <source>Your team's current and planned absences. While advisors are away, new inquiries of their customers wait in the team queue, marked as held for them, and go back to them when they return.</source>
        <translation>Die aktuellen und geplanten Abwesenheiten Ihres Teams. Solange eine Beraterin oder ein Berater abwesend ist, warten neue Anfragen ihrer Kundinnen und Kunden in der Team-Warteschlange, als für sie zurückgehalten markiert, und gehen nach der Rückkehr an sie zurück.</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="30" />
        <source>Absences of your team</source>
        <translation>Abwesenheiten Ihres Teams</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="60" />
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="64" />
        <source>Away from</source>
        <translation>Abwesend von</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="65" />
        <source>Away until</source>
        <translation>Abwesend bis</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="67" />
        <source>Whose absence</source>
        <translation>Wessen Abwesenheit</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="68" />
        <source>Away f&amp;rom:</source>
        <translation>Abwesend &amp;von:</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="70" />
        <source>&amp;Until:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="72" />
        <source>Ends the absence now and cancels the planned ones; inquiries held meanwhile go back at once.</source>
        <translation>Beendet die Abwesenheit jetzt und streicht die geplanten; in der Zwischenzeit zurückgehaltene Anfragen gehen sofort zurück.</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="77" />
        <source>Set or end an absence</source>
        <translation>Abwesenheit eintragen oder beenden</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="104" />
        <source>You (%1)</source>
        <translation>Sie (%1)</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="126" />
        <source>You are away from %1 until %2.</source>
        <translation>Sie sind vom %1 bis zum %2 abwesend.</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="127" />
        <source>%1 is away from %2 until %3.</source>
        <translation>%1 ist vom %2 bis zum %3 abwesend.</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="138" />
        <source>Welcome back. Inquiries held for you while you were away are yours again.</source>
        <translation>Willkommen zurück. Anfragen, die während Ihrer Abwesenheit für Sie zurückgehalten wurden, gehören wieder Ihnen.</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="139" />
        <source>%1 is back. Inquiries held for them while they were away are theirs again.</source>
        <translation>%1 ist zurück. Anfragen, die während der Abwesenheit zurückgehalten wurden, sind wieder bei %1.</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="166" />
        <source>I'm &amp;back</source>
        <translation>Ich bin &amp;zurück</translation>
    </message>
    <message>
        <location filename="../client/ui/AbsenceDialog.cpp" line="166" />
        <source>&amp;End absence</source>
        <translation>Abwesenheit &amp;beenden</translation>
    </message>
</context>
<context>
    <name>confidant::client::AbsenceModel</name>
    <message>
        <location filename="../client/sync/AbsenceModel.cpp" line="13" />
        <source>d MMM, HH:mm</source>
        <translation>d. MMM, HH:mm</translation>
    </message>
    <message>
        <location filename="../client/sync/AbsenceModel.cpp" line="13" />
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../client/sync/AbsenceModel.cpp" line="46" />
        <source>Away now</source>
        <translation>Jetzt abwesend</translation>
    </message>
    <message>
        <location filename="../client/sync/AbsenceModel.cpp" line="46" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../client/sync/AbsenceModel.cpp" line="56" />
        <source>Advisor</source>
        <translation>Beraterin/Berater</translation>
    </message>
    <message>
        <location filename="../client/sync/AbsenceModel.cpp" line="57" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../client/sync/AbsenceModel.cpp" line="58" />
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../client/sync/AbsenceModel.cpp" line="59" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>confidant::client::AdvisorActivityModel</name>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="62" />
        <source>Advisor</source>
        <translation>Beraterin/Berater</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="63" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="64" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="65" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="66" />
        <source>Transfers in</source>
        <translation>Weitergaben erhalten</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="67" />
        <source>Transfers out</source>
        <translation>Weitergaben abgegeben</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="68" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="69" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="70" />
        <source>Assigned customers</source>
        <translation>Betreute Kunden</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="71" />
        <source>First response (median)</source>
        <translation>Erste Antwort (Median)</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="71" />
        <source>First response (90%)</source>
        <translation>Erste Antwort (90 %)</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="71" />
        <source>First response within target</source>
        <translation>Erste Antwort innerhalb des Ziels</translation>
    </message>
</context>
<context>
    <name>confidant::client::ApiClient</name>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="61" />
        <source>The secure connection to the server failed. Either your certificate was refused (expired, or from another company CA) or the server is not the one your certificate belongs to. Check the server address, or ask your administrator for a new certificate.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen. Entweder wurde Ihr Zertifikat abgelehnt (abgelaufen oder von einer anderen Unternehmens-CA), oder der Server ist nicht der, zu dem Ihr Zertifikat gehört. Prüfen Sie die Serveradresse oder bitten Sie Ihre Administration um ein neues Zertifikat.</translation>
    </message>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="69" />
        <source>The server cannot be reached at this address. Check the server address and your network connection, then try again.</source>
        <translation>Der Server ist unter dieser Adresse nicht erreichbar. Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="73" />
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="75" />
        <source>No connection to the server: %1</source>
        <translation>Keine Verbindung zum Server: %1</translation>
    </message>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="83" />
        <source>The server answered with error %1.</source>
        <translation>Der Server hat mit Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="128" />
        <source>The server sent an answer this version of Confidant cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese Version von Confidant nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>confidant::client::AssignedCustomerModel</name>
    <message>
        <location filename="../client/sync/AssignedCustomerModel.cpp" line="164" />
        <source>Waiting since %1</source>
        <translation>Wartet seit %1</translation>
    </message>
    <message>
        <location filename="../client/sync/AssignedCustomerModel.cpp" line="212" />
        <source>Customer</source>
        <translation>Kunde/Kundin</translation>
    </message>
    <message>
        <location filename="../client/sync/AssignedCustomerModel.cpp" line="213" />
        <source>Open inquiries</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <location filename="../client/sync/AssignedCustomerModel.cpp" line="214" />
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../client/sync/AssignedCustomerModel.cpp" line="215" />
        <source>Waiting for</source>
        <translation>Wartet seit</translation>
    </message>
</context>
<context>
    <name>confidant::client::ClientApplication</name>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="36" />
        <source>The certificate file "%1" cannot be read. Choose the .p12 file your administrator gave you.</source>
        <translation>Die Zertifikatsdatei „%1“ kann nicht gelesen werden. Wählen Sie die .p12-Datei, die Sie von Ihrer Administration erhalten haben.</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="46" />
        <source>The server address must be the https:// address your administrator gave you, for example https://mailbox.example.com:9443/.</source>
        <translation>Die Serveradresse muss die https://-Adresse sein, die Sie von Ihrer Administration erhalten haben, zum Beispiel https://mailbox.example.com:9443/.</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="56" />
        <source>The server refused this certificate: %1</source>
        <translation>Der Server hat dieses Zertifikat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="312" />
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="318" />
        <source>Synchronising… (%1 inquiries so far)</source>
        <translation>Synchronisiere… (bisher %1 Anfragen)</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="323" />
        <source>Certificate refused</source>
        <translation>Zertifikat abgelehnt</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="324" />
        <source>The server refused your certificate, so the queue is not updated. Ask your administrator for a new certificate, then choose Account → Import new certificate.</source>
        <translation>Der Server hat Ihr Zertifikat abgelehnt, deshalb wird die Warteschlange nicht aktualisiert. Bitten Sie Ihre Administration um ein neues Zertifikat und wählen Sie dann Konto → Neues Zertifikat importieren.</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="351" />
        <source>Could not switch the server: %1</source>
        <translation>Der Server konnte nicht gewechselt werden: %1</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="369" />
        <source>You have signed out. The certificate and its passphrase were removed from this computer.</source>
        <translation>Sie haben sich abgemeldet. Das Zertifikat und seine Passphrase wurden von diesem Computer entfernt.</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="370" />
        <source>You have signed out, but the keychain entry could not be removed: %1</source>
        <translation>Sie haben sich abgemeldet, aber der Eintrag im Schlüsselbund konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>confidant::client::CredentialStore</name>
    <message>
        <location filename="../client/sync/CredentialStore.cpp" line="13" />
        <source>No secure keychain is available. Please unlock your desktop's keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Es ist kein sicherer Schlüsselbund verfügbar. Bitte entsperren Sie den Schlüsselbund Ihres Desktops (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../client/sync/CredentialStore.cpp" line="15" />
        <source>The keychain holds no passphrase for this certificate yet.</source>
        <translation>Der Schlüsselbund enthält noch keine Passphrase für dieses Zertifikat.</translation>
    </message>
    <message>
        <location filename="../client/sync/CredentialStore.cpp" line="17" />
        <source>The keychain refused access (%1). Unlock your desktop's keyring, then try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie den Schlüsselbund Ihres Desktops und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../client/sync/CredentialStore.cpp" line="46" />
        <source>The keychain did not answer. If it asks for its password, unlock it; then try again.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet. Wenn er nach seinem Passwort fragt, entsperren Sie ihn; versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>confidant::client::CustomerTable</name>
    <message>
        <location filename="../client/ui/CustomerTable.cpp" line="29" />
        <source>My assigned customers</source>
        <translation>Meine betreuten Kunden</translation>
    </message>
    <message>
        <location filename="../client/ui/CustomerTable.cpp" line="30" />
        <source>Press Enter or double-click to see the customer's history</source>
        <translation>Eingabetaste oder Doppelklick zeigt den Verlauf des Kunden</translation>
    </message>
</context>
<context>
    <name>confidant::client::DailyActivityModel</name>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="9" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="10" />
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="11" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="12" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="13" />
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
</context>
<context>
    <name>confidant::client::DeletionDialog</name>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="21" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="22" />
        <source>&amp;Postpone…</source>
        <translation>&amp;Aufschieben…</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="22" />
        <source>Nothing is due for deletion.</source>
        <translation>Nichts ist zur Löschung fällig.</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="25" />
        <location filename="../client/ui/DeletionDialog.cpp" line="30" />
        <source>Deletion recommendations</source>
        <translation>Löschempfehlungen</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="26" />
        <source>These are past the period the retention policy keeps them. Delete them, or postpone the deletion with a reason, for example a legal hold.</source>
        <translation>Diese Einträge haben die Aufbewahrungsfrist überschritten. Löschen Sie sie, oder schieben Sie die Löschung mit einer Begründung auf, etwa wegen einer gesetzlichen Aufbewahrungspflicht.</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="43" />
        <source>Deletion &amp;log…</source>
        <translation>Lösch&amp;protokoll …</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="65" />
        <source>Deleted: %1.</source>
        <translation>Gelöscht: %1.</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="66" />
        <source>Postponed.</source>
        <translation>Aufgeschoben.</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="83" />
        <source>Delete the selected item for good?</source>
        <translation>Den ausgewählten Eintrag endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="83" />
        <source>Delete the %1 selected items for good?</source>
        <translation>Die %1 ausgewählten Einträge endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="85" />
        <source>Deletion is final: the inquiries and their messages disappear from every workstation and from the customer's pages and cannot be restored. The deletion log keeps only what was deleted, when and by whom.</source>
        <translation>Das Löschen ist endgültig: Die Anfragen und ihre Nachrichten verschwinden von jedem Arbeitsplatz und aus den Seiten der Kundin oder des Kunden und lassen sich nicht wiederherstellen. Das Löschprotokoll hält nur fest, was wann von wem gelöscht wurde.</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="103" />
        <location filename="../client/ui/DeletionDialog.cpp" line="104" />
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionDialog.cpp" line="119" />
        <source>inquiry %1 of %2</source>
        <translation>Anfrage %1 von %2</translation>
    </message>
</context>
<context>
    <name>confidant::client::DeletionLogDialog</name>
    <message>
        <location filename="../client/ui/DeletionLogDialog.cpp" line="17" />
        <location filename="../client/ui/DeletionLogDialog.cpp" line="21" />
        <source>Deletion log</source>
        <translation>Löschprotokoll</translation>
    </message>
    <message>
        <location filename="../client/ui/DeletionLogDialog.cpp" line="18" />
        <source>What was deleted or postponed, by whom and why. The log keeps numbers only, never what an inquiry said.</source>
        <translation>Was gelöscht oder verschoben wurde, von wem und warum. Das Protokoll enthält nur Nummern, nie den Inhalt einer Anfrage.</translation>
    </message>
</context>
<context>
    <name>confidant::client::DeletionLogModel</name>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="37" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="38" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="39" />
        <source>By</source>
        <translation>Von wem</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="40" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="59" />
        <source>Inquiry %1 deleted (1 message)</source>
        <translation>Anfrage %1 gelöscht (1 Nachricht)</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="60" />
        <source>Inquiry %1 deleted (%2 messages)</source>
        <translation>Anfrage %1 gelöscht (%2 Nachrichten)</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="62" />
        <source>Account of customer %1 deleted (1 inquiry)</source>
        <translation>Konto von Kunde/Kundin %1 gelöscht (1 Anfrage)</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="63" />
        <source>Account of customer %1 deleted (%2 inquiries)</source>
        <translation>Konto von Kunde/Kundin %1 gelöscht (%2 Anfragen)</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="65" />
        <source>Deletion of inquiry %1 postponed until %2</source>
        <translation>Löschung der Anfrage %1 verschoben bis %2</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="67" />
        <source>Inquiry %1 kept under a legal hold</source>
        <translation>Anfrage %1 wegen gesetzlicher Aufbewahrungspflicht behalten</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="69" />
        <source>Legal hold on inquiry %1 lifted, deletion postponed until %2</source>
        <translation>Gesetzliche Aufbewahrung der Anfrage %1 aufgehoben, Löschung verschoben bis %2</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="71" />
        <source>Legal hold on inquiry %1 lifted</source>
        <translation>Gesetzliche Aufbewahrung der Anfrage %1 aufgehoben</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="79" />
        <source>The customer</source>
        <translation>Der Kunde/die Kundin</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="81" />
        <source>Automatic deletion</source>
        <translation>Automatische Löschung</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="83" />
        <source>An administrator</source>
        <translation>Eine Administratorin oder ein Administrator</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="84" />
        <source>A former advisor</source>
        <translation>Ein ehemaliger Berater/eine ehemalige Beraterin</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="90" />
        <source>Retention period of the topic passed</source>
        <translation>Aufbewahrungsfrist des Themas abgelaufen</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="92" />
        <source>Account inactive longer than kept</source>
        <translation>Konto länger inaktiv als aufbewahrt</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="94" />
        <source>The customer's own request</source>
        <translation>Wunsch des Kunden/der Kundin</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="101" />
        <source>The customer asked for it</source>
        <translation>Auf Wunsch der Kundin oder des Kunden</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="102" />
        <source>The matter is not settled yet</source>
        <translation>Die Angelegenheit ist noch nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="103" />
        <source>A legal obligation to keep it</source>
        <translation>Gesetzliche Pflicht zur Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionLogModel.cpp" line="104" />
        <source>Another reason</source>
        <translation>Anderer Grund</translation>
    </message>
</context>
<context>
    <name>confidant::client::DeletionModel</name>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="38" />
        <source>Deleted automatically on %1 unless postponed.</source>
        <translation>Wird am %1 automatisch gelöscht, wenn sie nicht aufgeschoben wird.</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="55" />
        <source>Inquiry %1 (%2)</source>
        <translation>Anfrage %1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="55" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="57" />
        <source>Account with 1 inquiry</source>
        <translation>Konto mit 1 Anfrage</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="57" />
        <source>Account with %1 inquiries</source>
        <translation>Konto mit %1 Anfragen</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="71" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="72" />
        <source>Customer</source>
        <translation>Kunde/Kundin</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="73" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="74" />
        <source>Due since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="75" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="85" />
        <source>Account kept 1 day after the last sign-in</source>
        <translation>Konto wird 1 Tag nach der letzten Anmeldung aufbewahrt</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="85" />
        <source>Account kept %1 days after the last sign-in</source>
        <translation>Konto wird %1 Tage nach der letzten Anmeldung aufbewahrt</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="86" />
        <source>Topic keeps closed inquiries 1 day</source>
        <translation>Thema bewahrt abgeschlossene Anfragen 1 Tag auf</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="86" />
        <source>Topic keeps closed inquiries %1 days</source>
        <translation>Thema bewahrt abgeschlossene Anfragen %1 Tage auf</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="88" />
        <source>postponed before</source>
        <translation>schon einmal aufgeschoben</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="95" />
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="97" />
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="99" />
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="101" />
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionModel.cpp" line="102" />
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>confidant::client::DeletionQueue</name>
    <message>
        <location filename="../client/sync/DeletionQueue.cpp" line="98" />
        <source>Something in your choice no longer exists or is no longer yours to delete. Nothing was deleted; the list is up to date again.</source>
        <translation>Etwas in Ihrer Auswahl gibt es nicht mehr, oder Sie dürfen es nicht mehr löschen. Nichts wurde gelöscht; die Liste ist wieder aktuell.</translation>
    </message>
    <message>
        <location filename="../client/sync/DeletionQueue.cpp" line="100" />
        <source>Something in your choice is not due for deletion any more (a colleague postponed it, or the customer wrote again). Nothing was deleted.</source>
        <translation>Etwas in Ihrer Auswahl ist nicht mehr zur Löschung fällig (jemand hat es aufgeschoben, oder die Kundin oder der Kunde hat wieder geschrieben). Nichts wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>confidant::client::InquiryModel</name>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="73" />
        <source>Waiting since %1</source>
        <translation>Wartet seit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/sync/InquiryModel.cpp" line="77" />
        <source>Answer due by %1 (target: %n working hour(s))</source>
        <translation><numerusform>Antwort fällig bis %1 (Ziel: %n Arbeitsstunde)</numerusform><numerusform>Antwort fällig bis %1 (Ziel: %n Arbeitsstunden)</numerusform></translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="100" />
        <source>Held for %1 (absent)</source>
        <translation>Zurückgehalten für %1 (abwesend)</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="102" />
        <source>Waiting for us</source>
        <translation>Wartet auf uns</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="103" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="104" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="121" />
        <source>Waits for %1, who is absent; it returns to them when they are back, unless someone takes it first.</source>
        <translation>Wartet auf %1 (abwesend); geht nach der Rückkehr an %1 zurück, wenn sie niemand vorher übernimmt.</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="129" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="130" />
        <source>Customer</source>
        <translation>Kunde/Kundin</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="131" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="132" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="133" />
        <source>Open for</source>
        <translation>Offen seit</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="134" />
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
</context>
<context>
    <name>confidant::client::MainWindow</name>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="249" />
        <source>Confidant – Advisor workstation</source>
        <translation>Confidant – Berater-Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="256" />
        <source>Searc&amp;h:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="243" />
        <source>Subject, customer or topic</source>
        <translation>Betreff, Kunde oder Thema</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="354" />
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="355" />
        <source>&amp;Certificate and account…</source>
        <translation>&amp;Zertifikat und Konto…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="357" />
        <source>Switch &amp;server…</source>
        <translation>&amp;Server wechseln…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="358" />
        <source>&amp;Import new certificate…</source>
        <translation>Neues Zertifikat &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="360" />
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="362" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="364" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="365" />
        <source>&amp;Find in the queue</source>
        <translation>In der Warteschlange &amp;suchen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="46" />
        <location filename="../client/ui/MainWindow.cpp" line="369" />
        <source>Only &amp;waiting for us</source>
        <translation>Nur &amp;wartend auf uns</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="111" />
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="148" />
        <source>Deletion recommendations (%1)</source>
        <translation>Löschempfehlungen (%1)</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="239" />
        <source>No customer chosen: choose one in “My assigned customers”, or choose an inquiry and then “Show customer's history”.</source>
        <translation>Kein Kunde gewählt: Wählen Sie einen in „Meine betreuten Kunden“ oder wählen Sie eine Anfrage und dann „Verlauf des Kunden zeigen“.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="240" />
        <source>History of %1: every inquiry, open and closed, newest first</source>
        <translation>Verlauf von %1: alle Anfragen, offen und geschlossen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="243" />
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ui/MainWindow.cpp" line="249" />
        <source>Confidant – Advisor workstation (%n overdue)</source>
        <translation><numerusform>Confidant – Berater-Arbeitsplatz (%n überfällig)</numerusform><numerusform>Confidant – Berater-Arbeitsplatz (%n überfällig)</numerusform></translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="263" />
        <source>Search the list</source>
        <translation>Liste durchsuchen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="265" />
        <source>Hide inquiries that wait for the customer; in the queues only</source>
        <translation>Blendet Anfragen aus, die auf den Kunden warten; nur in den Warteschlangen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="313" />
        <source>Inquiries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="356" />
        <source>&amp;Absence…</source>
        <translation>Ab&amp;wesenheit…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="374" />
        <source>Go to the &amp;reply</source>
        <translation>Zur &amp;Antwort</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="378" />
        <source>Deletion recommendations…</source>
        <translation>Löschempfehlungen…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="381" />
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistik…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="385" />
        <source>&amp;Inquiry</source>
        <translation>An&amp;frage</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="387" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="388" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="389" />
        <source>&amp;About Confidant</source>
        <translation>Über &amp;Confidant</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="390" />
        <source>About Confidant</source>
        <translation>Über Confidant</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="391" />
        <source>Confidant advisor workstation %1. A secure mailbox for confidential customer advice.</source>
        <translation>Confidant Berater-Arbeitsplatz %1. Ein sicheres Postfach für vertrauliche Kundenberatung.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="412" />
        <source>&amp;Claim</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="413" />
        <source>Take the open inquiry: you answer it, and it leaves your team's queue</source>
        <translation>Die geöffnete Anfrage übernehmen: Sie beantworten sie, und sie verlässt die Warteschlange Ihres Teams</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="414" />
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="415" />
        <source>Give the open inquiry back to its team's queue</source>
        <translation>Die geöffnete Anfrage an die Warteschlange ihres Teams zurückgeben</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="416" />
        <source>Clos&amp;e inquiry</source>
        <translation>Anfrage a&amp;bschließen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="417" />
        <source>Close the open inquiry; the customer reopens it by writing again</source>
        <translation>Die geöffnete Anfrage abschließen; der Kunde öffnet sie wieder, wenn er erneut schreibt</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="418" />
        <source>&amp;Transfer…</source>
        <translation>&amp;Weitergeben…</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="419" />
        <source>Give the open inquiry to a colleague or another team's queue, with a note</source>
        <translation>Die geöffnete Anfrage mit einer Notiz an eine Kollegin, einen Kollegen oder die Warteschlange eines anderen Teams weitergeben</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="421" />
        <source>Show customer's &amp;history</source>
        <translation>&amp;Verlauf des Kunden zeigen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="422" />
        <source>Every inquiry of the open inquiry's customer, open and closed</source>
        <translation>Alle Anfragen des Kunden der geöffneten Anfrage, offen und geschlossen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="454" />
        <source>“%1” was transferred to %2.</source>
        <translation>„%1“ wurde an %2 weitergegeben.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="468" />
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="469" />
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="469" />
        <source>Go to that field or button</source>
        <translation>Zu diesem Feld oder dieser Schaltfläche</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="470" />
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="470" />
        <source>Next / previous field</source>
        <translation>Nächstes / vorheriges Feld</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="471" />
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="471" />
        <source>Move through the list</source>
        <translation>Durch die Liste bewegen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="472" />
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="472" />
        <source>Show the chosen customer's history</source>
        <translation>Verlauf des gewählten Kunden zeigen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="479" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="482" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="482" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="527" />
        <source>Signed in as %1 · certificate valid until %2</source>
        <translation>Angemeldet als %1 · Zertifikat gültig bis %2</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="529" />
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="558" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="559" />
        <source>Certificate and account</source>
        <translation>Zertifikat und Konto</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="560" />
        <source>Signed in as %1 (%2), team %3.</source>
        <translation>Angemeldet als %1 (%2), Team %3.</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="561" />
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="561" />
        <source>Certificate valid until: %1</source>
        <translation>Zertifikat gültig bis: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="562" />
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Fingerabdruck (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="578" />
        <source>Switch server</source>
        <translation>Server wechseln</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="578" />
        <source>Address of the advisor API (https://…):</source>
        <translation>Adresse der Berater-API (https://…):</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="586" />
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="587" />
        <source>Sign out and remove the certificate and its passphrase from this computer? To sign in again you need the certificate file and its passphrase.</source>
        <translation>Abmelden und das Zertifikat samt Passphrase von diesem Computer entfernen? Um sich wieder anzumelden, brauchen Sie die Zertifikatsdatei und ihre Passphrase.</translation>
    </message>
</context>
<context>
    <name>confidant::client::PostponeDialog</name>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="19" />
        <source>&amp;Legal hold: keep it until a team lead lifts the hold</source>
        <translation>&amp;Gesetzliche Aufbewahrungspflicht: aufbewahren, bis eine Teamleitung sie aufhebt</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="22" />
        <source>Postpone deletion</source>
        <translation>Löschung aufschieben</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="23" />
        <source>Postpone the deletion of %1. The deletion log records the kind of reason; your words stay with the inquiry and are deleted with it.</source>
        <translation>Löschung von %1 aufschieben. Das Löschprotokoll hält nur die Art des Grundes fest; Ihre Worte bleiben bei der Anfrage und werden mit ihr gelöscht.</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="28" />
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="31" />
        <source>New deletion date</source>
        <translation>Neues Löschdatum</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="36" />
        <source>Kind of reason</source>
        <translation>Art des Grundes</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="37" />
        <source>Reason for postponing</source>
        <translation>Grund für das Aufschieben</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="39" />
        <source>For example: the customer asked for a copy first; court case 4 O 17/26</source>
        <translation>Zum Beispiel: Die Kundin möchte zuerst eine Kopie; Gerichtsverfahren 4 O 17/26</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="40" />
        <source>&amp;New date:</source>
        <translation>&amp;Neues Datum:</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="42" />
        <source>&amp;Kind of reason:</source>
        <translation>&amp;Art des Grundes:</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="44" />
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="55" />
        <source>&amp;Postpone</source>
        <translation>&amp;Aufschieben</translation>
    </message>
    <message>
        <location filename="../client/ui/PostponeDialog.cpp" line="87" />
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>confidant::client::ReportCharts</name>
    <message>
        <location filename="../client/ui/ReportCharts.cpp" line="118" />
        <source>Inquiries per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportCharts.cpp" line="120" />
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportCharts.cpp" line="120" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportCharts.cpp" line="120" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportCharts.cpp" line="144" />
        <source>Open inquiries by age</source>
        <translation>Offene Anfragen nach Alter</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportCharts.cpp" line="145" />
        <source>Open inquiries</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportCharts.cpp" line="171" />
        <source>First response by topic (working hours)</source>
        <translation>Erste Antwort nach Thema (Arbeitsstunden)</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportCharts.cpp" line="171" />
        <source>Time to close by topic (working hours)</source>
        <translation>Zeit bis zum Abschluss nach Thema (Arbeitsstunden)</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportCharts.cpp" line="172" />
        <source>Median time</source>
        <translation>Zeit (Median)</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportCharts.cpp" line="173" />
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportCharts.cpp" line="174" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>confidant::client::ReportExport</name>
    <message>
        <location filename="../client/ui/ReportExport.cpp" line="32" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportExport.cpp" line="47" />
        <location filename="../client/ui/ReportExport.cpp" line="96" />
        <location filename="../client/ui/ReportExport.cpp" line="102" />
        <location filename="../client/ui/ReportExport.cpp" line="112" />
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportExport.cpp" line="53" />
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportExport.cpp" line="56" />
        <source>Writing the PDF…</source>
        <translation>Das PDF wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportExport.cpp" line="78" />
        <source>The PDF could not be written.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../client/ui/ReportExport.cpp" line="86" />
        <source>Writing the CSV file…</source>
        <translation>Die CSV-Datei wird geschrieben …</translation>
    </message>
</context>
<context>
    <name>confidant::client::ReportTableModel</name>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="76" />
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="77" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="78" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="79" />
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="80" />
        <source>Transfers</source>
        <translation>Weitergaben</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="81" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="82" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="83" />
        <source>First response (median)</source>
        <translation>Erste Antwort (Median)</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="83" />
        <source>First response (90%)</source>
        <translation>Erste Antwort (90 %)</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="83" />
        <source>First response within target</source>
        <translation>Erste Antwort innerhalb des Ziels</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="85" />
        <source>Time to close (median)</source>
        <translation>Zeit bis zum Abschluss (Median)</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="85" />
        <source>Time to close (90%)</source>
        <translation>Zeit bis zum Abschluss (90 %)</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportTableModel.cpp" line="85" />
        <source>Closed within target</source>
        <translation>Innerhalb des Ziels abgeschlossen</translation>
    </message>
</context>
<context>
    <name>confidant::client::SetupDialog</name>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="19" />
        <source>Set up Confidant</source>
        <translation>Confidant einrichten</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="20" />
        <source>Your administrator gave you a certificate file (.p12) and its passphrase. The passphrase is kept in your system's keychain, never in a file.</source>
        <translation>Ihre Administration hat Ihnen eine Zertifikatsdatei (.p12) und deren Passphrase gegeben. Die Passphrase wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="23" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="29" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="31" />
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="39" />
        <source>Checking the certificate with the server…</source>
        <translation>Das Zertifikat wird beim Server geprüft…</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="41" />
        <source>Certificate &amp;file:</source>
        <translation>Zertifikats&amp;datei:</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="43" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="45" />
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="27" />
        <location filename="../client/ui/SetupDialog.cpp" line="61" />
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="61" />
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Zertifikate (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>confidant::client::StatisticsWindow</name>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="33" />
        <source>Statistics – Confidant</source>
        <translation>Statistik – Confidant</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="60" />
        <source>Loading the report…</source>
        <translation>Der Bericht wird geladen …</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="73" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="74" />
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="75" />
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="76" />
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="91" />
        <source>Whole company</source>
        <translation>Ganzes Unternehmen</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="93" />
        <source>My team (%1)</source>
        <translation>Mein Team (%1)</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="94" />
        <source>Shared queue</source>
        <translation>Gemeinsame Warteschlange</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="96" />
        <source>Team report (%1)</source>
        <translation>Teambericht (%1)</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="97" />
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="98" />
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren …</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="100" />
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="107" />
        <source>P&amp;eriod:</source>
        <translation>Z&amp;eitraum:</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="107" />
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="108" />
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="108" />
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="127" />
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="127" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="127" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="127" />
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="127" />
        <source>Transfers</source>
        <translation>Weitergaben</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="127" />
        <source>Open now</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="128" />
        <source>Overdue now</source>
        <translation>Jetzt überfällig</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="128" />
        <source>First response (median)</source>
        <translation>Erste Antwort (Median)</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="128" />
        <source>First response (90%)</source>
        <translation>Erste Antwort (90 %)</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="129" />
        <source>First response within target</source>
        <translation>Erste Antwort innerhalb des Ziels</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="129" />
        <source>Time to close (median)</source>
        <translation>Zeit bis zum Abschluss (Median)</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="129" />
        <source>Time to close (90%)</source>
        <translation>Zeit bis zum Abschluss (90 %)</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="153" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="154" />
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="155" />
        <source>By topic</source>
        <translation>Nach Thema</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="156" />
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="157" />
        <source>Advisors</source>
        <translation>Beraterinnen und Berater</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="158" />
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="243" />
        <source>Days in the time zone %1; as of %2.</source>
        <translation>Tage in der Zeitzone %1; Stand: %2.</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="298" />
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="298" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="305" />
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="305" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="315" />
        <source>report-%1-%2</source>
        <translation>bericht-%1-%2</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="323" />
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <location filename="../client/ui/StatisticsWindow.cpp" line="325" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>confidant::client::TeamAbsences</name>
    <message>
        <location filename="../client/sync/TeamAbsences.cpp" line="16" />
        <source>Only the advisors themselves or their team lead can set or end their absence.</source>
        <translation>Nur die Beraterin oder der Berater selbst oder die Teamleitung kann eine Abwesenheit eintragen oder beenden.</translation>
    </message>
    <message>
        <location filename="../client/sync/TeamAbsences.cpp" line="18" />
        <source>This advisor is not in your team any more. Close this window and open it again to see your team as it is now.</source>
        <translation>Diese Person gehört nicht mehr zu Ihrem Team. Schließen Sie dieses Fenster und öffnen Sie es erneut, um Ihr Team im aktuellen Stand zu sehen.</translation>
    </message>
</context>
<context>
    <name>confidant::client::TeamActivityModel</name>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="48" />
        <source>Team or queue</source>
        <translation>Team oder Warteschlange</translation>
    </message>
</context>
<context>
    <name>confidant::client::ThreadController</name>
    <message>
        <location filename="../client/ui/ThreadController.cpp" line="75" />
        <source>This inquiry is no longer open. Choose it again to send the reply.</source>
        <translation>Diese Anfrage ist nicht mehr geöffnet. Wählen Sie sie erneut, um die Antwort zu senden.</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadController.cpp" line="83" />
        <source>This inquiry is no longer open. Choose it again to add the note.</source>
        <translation>Diese Anfrage ist nicht mehr geöffnet. Wählen Sie sie erneut, um die Notiz hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>confidant::client::ThreadModel</name>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="16" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="23" />
        <source>Fixed advisor set to %1</source>
        <translation>Feste Betreuung: %1</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="25" />
        <source>Fixed advisor %1 removed</source>
        <translation>Feste Betreuung durch %1 aufgehoben</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="26" />
        <source>Fixed advisor changed from %1 to %2</source>
        <translation>Feste Betreuung von %1 zu %2 gewechselt</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="32" />
        <source>Held for %1, who is absent until %2</source>
        <translation>Zurückgehalten für %1, abwesend bis %2</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="45" />
        <location filename="../client/sync/ThreadModel.cpp" line="68" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="45" />
        <location filename="../client/sync/ThreadModel.cpp" line="47" />
        <source>Routed to %1</source>
        <translation>An %1 geleitet</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="47" />
        <source>Placed in the queue shared by all advisors</source>
        <translation>In die gemeinsame Warteschlange aller Berater gestellt</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="49" />
        <source>Claimed by %1</source>
        <translation>Übernommen von %1</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="49" />
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="51" />
        <source>Released to the queue by %1</source>
        <translation>Von %1 an die Warteschlange zurückgegeben</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="51" />
        <source>Released to the queue</source>
        <translation>An die Warteschlange zurückgegeben</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="53" />
        <source>Assigned to %1 by %2</source>
        <translation>Von %2 an %1 zugewiesen</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="53" />
        <source>Assigned to %1</source>
        <translation>An %1 zugewiesen</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="55" />
        <source>Transferred to %1 by %2</source>
        <translation>Von %2 an %1 übergeben</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="55" />
        <source>Transferred to %1</source>
        <translation>An %1 übergeben</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="57" />
        <source>Transferred from %1 to %2 by %3</source>
        <translation>Von %1 an %2 übergeben durch %3</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="57" />
        <source>Transferred from %1 to %2</source>
        <translation>Von %1 an %2 übergeben</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="59" />
        <source>Closed by %1</source>
        <translation>Abgeschlossen von %1</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="59" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="61" />
        <source>Reopened by %1</source>
        <translation>Wieder geöffnet von %1</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="61" />
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="63" />
        <source>Back with %1 after their absence</source>
        <translation>Nach der Abwesenheit zurück bei %1</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="73" />
        <source>Internal note – only advisors see this</source>
        <translation>Interne Notiz – nur Beraterinnen und Berater sehen sie</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="201" />
        <source>Customer</source>
        <translation>Kunde/Kundin</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="205" />
        <source>A former colleague</source>
        <translation>Eine ehemalige Kollegin oder ein ehemaliger Kollege</translation>
    </message>
    <message>
        <location filename="../client/sync/ThreadModel.cpp" line="232" />
        <location filename="../client/sync/ThreadModel.cpp" line="233" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>confidant::client::ThreadView</name>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="24" />
        <source>&amp;Reply to the customer:</source>
        <translation>&amp;Antwort an den Kunden:</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="25" />
        <source>&amp;Send reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="26" />
        <source>Add internal &amp;note</source>
        <translation>Interne &amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="42" />
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="61" />
        <source>Write your reply to the customer…</source>
        <translation>Schreiben Sie Ihre Antwort an den Kunden…</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="62" />
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="66" />
        <source>Send the reply (%1)</source>
        <translation>Antwort senden (%1)</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="107" />
        <source>Internal note – only advisors see this…</source>
        <translation>Interne Notiz – nur Beraterinnen und Berater sehen sie…</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="108" />
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="114" />
        <source>Save the note with the thread. The customer never sees it.</source>
        <translation>Speichert die Notiz beim Verlauf. Die Kundin oder der Kunde sieht sie nie.</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="129" />
        <source>No inquiry selected</source>
        <translation>Keine Anfrage ausgewählt</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="130" />
        <source>Choose an inquiry in the queue to read it and reply.</source>
        <translation>Wählen Sie eine Anfrage in der Warteschlange, um sie zu lesen und zu beantworten.</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="154" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="166" />
        <source>Loading the messages…</source>
        <translation>Die Nachrichten werden geladen…</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="172" />
        <source>The messages could not be loaded: %1</source>
        <translation>Die Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="211" />
        <source>Closed on %1.</source>
        <translation>Abgeschlossen am %1.</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="211" />
        <source>Closed.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="215" />
        <source>In the queue: nobody has claimed it yet.</source>
        <translation>In der Warteschlange: Noch niemand hat sie übernommen.</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="216" />
        <source>Yours: you are handling it.</source>
        <translation>Ihre Anfrage: Sie bearbeiten sie.</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="216" />
        <source>A colleague is handling it.</source>
        <translation>Eine Kollegin oder ein Kollege bearbeitet sie.</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="279" />
        <source>Reply sent at %1. The inquiry now waits for the customer and stays here until you choose another one.</source>
        <translation>Antwort um %1 gesendet. Die Anfrage wartet jetzt auf den Kunden und bleibt hier, bis Sie eine andere wählen.</translation>
    </message>
</context>
<context>
    <name>confidant::client::TopicActivityModel</name>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="25" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="26" />
        <source>Handled by</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../client/sync/ReportModels.cpp" line="30" />
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>confidant::client::TransferDialog</name>
    <message>
        <location filename="../client/ui/TransferDialog.cpp" line="24" />
        <source>Transfer inquiry</source>
        <translation>Anfrage weitergeben</translation>
    </message>
    <message>
        <location filename="../client/ui/TransferDialog.cpp" line="28" />
        <source>Queue of %1</source>
        <translation>Warteschlange von %1</translation>
    </message>
    <message>
        <location filename="../client/ui/TransferDialog.cpp" line="37" />
        <source>%1 (%2, absent until %3)</source>
        <translation>%1 (%2, abwesend bis %3)</translation>
    </message>
    <message>
        <location filename="../client/ui/TransferDialog.cpp" line="39" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/ui/TransferDialog.cpp" line="43" />
        <source>Transfer to</source>
        <translation>Weitergeben an</translation>
    </message>
    <message>
        <location filename="../client/ui/TransferDialog.cpp" line="44" />
        <source>Why it goes there, for whoever takes it over</source>
        <translation>Warum sie dorthin geht, für die Person, die sie übernimmt</translation>
    </message>
    <message>
        <location filename="../client/ui/TransferDialog.cpp" line="45" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../client/ui/TransferDialog.cpp" line="47" />
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../client/ui/TransferDialog.cpp" line="49" />
        <source>&amp;Note (required):</source>
        <translation>&amp;Notiz (Pflichtfeld):</translation>
    </message>
    <message>
        <location filename="../client/ui/TransferDialog.cpp" line="53" />
        <source>T&amp;ransfer</source>
        <translation>&amp;Weitergeben</translation>
    </message>
</context>
<context>
    <name>confidant::client::WorkViewListModel</name>
    <message>
        <location filename="../client/sync/WorkViewListModel.cpp" line="32" />
        <source>Team queue</source>
        <translation>Team-Warteschlange</translation>
    </message>
    <message>
        <location filename="../client/sync/WorkViewListModel.cpp" line="33" />
        <source>My inquiries</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <location filename="../client/sync/WorkViewListModel.cpp" line="34" />
        <source>My assigned customers</source>
        <translation>Meine betreuten Kunden</translation>
    </message>
    <message>
        <location filename="../client/sync/WorkViewListModel.cpp" line="35" />
        <source>Customer history</source>
        <translation>Kundenverlauf</translation>
    </message>
    <message>
        <location filename="../client/sync/WorkViewListModel.cpp" line="36" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../client/sync/WorkViewListModel.cpp" line="37" />
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <location filename="../client/sync/WorkViewListModel.cpp" line="53" />
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <location filename="../client/sync/WorkViewListModel.cpp" line="54" />
        <source>%1 (%2, %3 overdue)</source>
        <translation>%1 (%2, %3 überfällig)</translation>
    </message>
    <message>
        <location filename="../client/sync/WorkViewListModel.cpp" line="55" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../client/app/main.cpp" line="25" />
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <location filename="../client/app/main.cpp" line="62" />
        <source>Confidant advisor workstation</source>
        <translation>Confidant Berater-Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../client/app/main.cpp" line="65" />
        <source>Address of the advisor API.</source>
        <translation>Adresse der Berater-API.</translation>
    </message>
    <message>
        <location filename="../client/app/main.cpp" line="67" />
        <source>Import this certificate file; the passphrase is read from standard input.</source>
        <translation>Diese Zertifikatsdatei importieren; die Passphrase wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <location filename="../client/app/main.cpp" line="69" />
        <source>Print the progress of the start and the sync as lines on standard output (for scripts and tests).</source>
        <translation>Den Fortschritt von Start und Synchronisation zeilenweise auf der Standardausgabe ausgeben (für Skripte und Tests).</translation>
    </message>
    <message>
        <location filename="../client/app/main.cpp" line="71" />
        <source>How many seconds to wait for the keychain, which may be asking for its own password (default 120).</source>
        <translation>Wie viele Sekunden auf den Schlüsselbund gewartet wird, der vielleicht nach seinem eigenen Passwort fragt (Standard 120).</translation>
    </message>
</context>
</TS>