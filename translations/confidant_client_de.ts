<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AdvisorIdentity</name>
    <message>
        <location filename="../client/sync/AdvisorIdentity.cpp" line="16" />
        <source>The certificate file could not be opened. Check the passphrase, or ask your administrator for a new file.</source>
        <translation>Die Zertifikatsdatei konnte nicht geöffnet werden. Prüfen Sie die Passphrase oder bitten Sie Ihre Administration um eine neue Datei.</translation>
    </message>
    <message>
        <location filename="../client/sync/AdvisorIdentity.cpp" line="20" />
        <source>The certificate file does not contain the company's CA certificate. Ask your administrator for a new file.</source>
        <translation>Die Zertifikatsdatei enthält das CA-Zertifikat des Unternehmens nicht. Bitten Sie Ihre Administration um eine neue Datei.</translation>
    </message>
    <message>
        <location filename="../client/sync/AdvisorIdentity.cpp" line="30" />
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../client/sync/AdvisorIdentity.cpp" line="39" />
        <source>Cannot store the certificate in %1.</source>
        <translation>Das Zertifikat kann nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>OpenDurationPolicy</name>
    <message numerus="yes">
        <location filename="../client/sync/OpenDurationPolicy.cpp" line="38" />
        <source>%n min</source>
        <translation><numerusform>%n Min.</numerusform><numerusform>%n Min.</numerusform></translation>
    </message>
    <message>
        <location filename="../client/sync/OpenDurationPolicy.cpp" line="41" />
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/sync/OpenDurationPolicy.cpp" line="41" />
        <source>%n h</source>
        <translation><numerusform>%n Std.</numerusform><numerusform>%n Std.</numerusform></translation>
    </message>
    <message>
        <location filename="../client/sync/OpenDurationPolicy.cpp" line="43" />
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../client/sync/OpenDurationPolicy.cpp" line="43" />
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="41" />
        <source>This text contains characters that cannot be stored.</source>
        <translation>Dieser Text enthält Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="75" />
        <source>Please enter your e-mail address.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="77" />
        <source>This e-mail address is too long.</source>
        <translation>Diese E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="80" />
        <source>This does not look like an e-mail address.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="87" />
        <source>Please choose a password of at least 10 characters.</source>
        <translation>Bitte wählen Sie ein Passwort mit mindestens 10 Zeichen.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="89" />
        <source>This password is too long (at most 256 characters).</source>
        <translation>Dieses Passwort ist zu lang (höchstens 256 Zeichen).</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="91" />
        <source>The password contains characters that cannot be typed.</source>
        <translation>Das Passwort enthält Zeichen, die sich nicht eintippen lassen.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="98" />
        <source>The subject must fit on one line.</source>
        <translation>Der Betreff muss in eine Zeile passen.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="100" />
        <source>Please enter a subject.</source>
        <translation>Bitte geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="101" />
        <source>The subject is too long (at most 200 characters).</source>
        <translation>Der Betreff ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="107" />
        <source>Please write your message.</source>
        <translation>Bitte schreiben Sie Ihre Nachricht.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="108" />
        <source>The message is too long (at most 20,000 characters).</source>
        <translation>Die Nachricht ist zu lang (höchstens 20.000 Zeichen).</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="115" />
        <source>Please choose a topic.</source>
        <translation>Bitte wählen Sie ein Thema.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="117" />
        <source>This topic does not exist.</source>
        <translation>Dieses Thema gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="125" />
        <source>A login has 2 to 64 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Eine Anmeldung besteht aus 2 bis 64 Kleinbuchstaben, Ziffern, Punkten, Binde- oder Unterstrichen.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="133" />
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../shared/validation/Validation.cpp" line="134" />
        <source>The name is too long (at most 120 characters).</source>
        <translation>Der Name ist zu lang (höchstens 120 Zeichen).</translation>
    </message>
</context>
<context>
    <name>confidant::client::ApiClient</name>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="17" />
        <source>The server refused the secure connection. Your certificate may have expired or been revoked; contact your administrator.</source>
        <translation>Der Server hat die sichere Verbindung abgelehnt. Ihr Zertifikat ist möglicherweise abgelaufen oder gesperrt; wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="20" />
        <source>The server cannot be reached. Check the network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="23" />
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="25" />
        <source>No connection to the server: %1</source>
        <translation>Keine Verbindung zum Server: %1</translation>
    </message>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="30" />
        <source>The server answered with error %1.</source>
        <translation>Der Server hat mit Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../client/sync/ApiClient.cpp" line="58" />
        <source>The server sent an answer this version of Confidant cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese Version von Confidant nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>confidant::client::ClientApplication</name>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="40" />
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="100" />
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="101" />
        <source>Offline – retrying</source>
        <translation>Offline – neuer Versuch folgt</translation>
    </message>
    <message>
        <location filename="../client/app/ClientApplication.cpp" line="102" />
        <source>Synchronising…</source>
        <translation>Synchronisiere…</translation>
    </message>
</context>
<context>
    <name>confidant::client::CredentialStore</name>
    <message>
        <location filename="../client/sync/CredentialStore.cpp" line="11" />
        <source>No secure keychain is available. Please unlock your desktop's keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Es ist kein sicherer Schlüsselbund verfügbar. Bitte entsperren Sie den Schlüsselbund Ihres Desktops (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../client/sync/CredentialStore.cpp" line="13" />
        <source>The keychain holds no passphrase for this certificate yet.</source>
        <translation>Der Schlüsselbund enthält noch keine Passphrase für dieses Zertifikat.</translation>
    </message>
    <message>
        <location filename="../client/sync/CredentialStore.cpp" line="14" />
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
</context>
<context>
    <name>confidant::client::InquiryModel</name>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="31" />
        <source>Waiting since %1</source>
        <translation>Wartet seit %1</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="53" />
        <source>Waiting for us</source>
        <translation>Wartet auf uns</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="54" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="55" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="68" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="69" />
        <source>Customer</source>
        <translation>Kunde/Kundin</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="70" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="71" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../client/sync/InquiryModel.cpp" line="72" />
        <source>Open for</source>
        <translation>Offen seit</translation>
    </message>
</context>
<context>
    <name>confidant::client::MainWindow</name>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="22" />
        <source>Only &amp;open inquiries</source>
        <translation>Nur &amp;offene Anfragen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="25" />
        <source>Confidant – Advisor workstation</source>
        <translation>Confidant – Berater-Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="53" />
        <source>Search subject, customer or topic</source>
        <translation>Betreff, Kunde oder Thema suchen</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="70" />
        <source>Inquiry queue</source>
        <translation>Anfragen-Warteschlange</translation>
    </message>
    <message>
        <location filename="../client/ui/MainWindow.cpp" line="96" />
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
</context>
<context>
    <name>confidant::client::SetupDialog</name>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="16" />
        <source>Set up Confidant</source>
        <translation>Confidant einrichten</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="17" />
        <source>Your administrator gave you a certificate file (.p12) and its passphrase. The passphrase is kept in your system's keychain, never in a file.</source>
        <translation>Ihre Administration hat Ihnen eine Zertifikatsdatei (.p12) und deren Passphrase gegeben. Die Passphrase wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="20" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="29" />
        <source>Certificate &amp;file:</source>
        <translation>Zertifikats&amp;datei:</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="30" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="31" />
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="39" />
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../client/ui/SetupDialog.cpp" line="39" />
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Zertifikate (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>confidant::client::ThreadView</name>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="17" />
        <source>&amp;Send reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="26" />
        <source>Write your reply to the customer…</source>
        <translation>Schreiben Sie Ihre Antwort an den Kunden…</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="27" />
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="46" />
        <source>No inquiry selected</source>
        <translation>Keine Anfrage ausgewählt</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="61" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../client/ui/ThreadView.cpp" line="68" />
        <source>Customer</source>
        <translation>Kunde/Kundin</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../client/app/main.cpp" line="25" />
        <source>Confidant advisor workstation</source>
        <translation>Confidant Berater-Arbeitsplatz</translation>
    </message>
    <message>
        <location filename="../client/app/main.cpp" line="27" />
        <source>Address of the advisor API.</source>
        <translation>Adresse der Berater-API.</translation>
    </message>
    <message>
        <location filename="../client/app/main.cpp" line="28" />
        <source>Import this certificate file; the passphrase is read from standard input.</source>
        <translation>Diese Zertifikatsdatei importieren; die Passphrase wird von der Standardeingabe gelesen.</translation>
    </message>
</context>
</TS>