<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>ServiceError</name>
    <message>
        <location filename="../server/web/CustomerMailbox.cpp" line="50" />
        <location filename="../server/store/InquiryStore.cpp" line="64" />
        <source>This inquiry does not exist.</source>
        <translation>Diese Anfrage gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/store/CustomerStore.cpp" line="39" />
        <location filename="../server/store/CustomerStore.cpp" line="79" />
        <location filename="../server/store/InquiryStore.cpp" line="59" />
        <location filename="../server/store/AdvisorStore.cpp" line="23" />
        <source>The mailbox is not available right now. Please try again later.</source>
        <translation>Das Postfach ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/store/CustomerStore.cpp" line="42" />
        <source>This e-mail address is already registered. Please sign in instead.</source>
        <translation>Diese E-Mail-Adresse ist bereits registriert. Bitte melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <location filename="../server/store/CustomerStore.cpp" line="77" />
        <source>This account no longer exists.</source>
        <translation>Dieses Konto besteht nicht mehr.</translation>
    </message>
    <message>
        <location filename="../server/store/InquiryStore.cpp" line="122" />
        <source>This topic does not exist.</source>
        <translation>Dieses Thema gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/store/TopicStore.cpp" line="36" />
        <source>This topic cannot be stored.</source>
        <translation>Dieses Thema kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../server/store/TopicStore.cpp" line="38" />
        <source>A topic with this key exists already.</source>
        <translation>Ein Thema mit diesem Schlüssel gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../server/store/AdvisorStore.cpp" line="36" />
        <source>A team with this name exists already.</source>
        <translation>Ein Team mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../server/store/AdvisorStore.cpp" line="57" />
        <source>An advisor with this login exists already.</source>
        <translation>Eine Beraterin oder ein Berater mit dieser Anmeldung existiert bereits.</translation>
    </message>
    <message>
        <location filename="../server/store/AdvisorStore.cpp" line="58" />
        <source>This team does not exist.</source>
        <translation>Dieses Team gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/store/AdvisorStore.cpp" line="89" />
        <source>The certificate could not be registered for this advisor.</source>
        <translation>Das Zertifikat konnte für diese Beraterin bzw. diesen Berater nicht registriert werden.</translation>
    </message>
    <message>
        <location filename="../server/store/AdvisorStore.cpp" line="100" />
        <source>No valid certificate has this fingerprint.</source>
        <translation>Kein gültiges Zertifikat hat diesen Fingerabdruck.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="130" />
        <source>E-mail address or password is wrong.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="165" />
        <source>Please confirm that you accept the agreement.</source>
        <translation>Bitte bestätigen Sie, dass Sie die Vereinbarung annehmen.</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerAccounts.cpp" line="21" />
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerAccounts.cpp" line="27" />
        <source>Your password could not be stored. Please try again.</source>
        <translation>Ihr Passwort konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerMailbox.cpp" line="35" />
        <location filename="../shared/validation/Validation.cpp" line="117" />
        <source>This topic does not exist.</source>
        <translation>Dieses Thema gibt es nicht.</translation>
    </message>
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
        <location filename="../shared/wire/WireFormat.cpp" line="274" />
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
    <name>Web</name>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="65" />
        <location filename="../server/web/CustomerPortal.cpp" line="141" />
        <location filename="../server/web/CustomerPortal.cpp" line="171" />
        <source>The mailbox is not available right now. Please try again later.</source>
        <translation>Das Postfach ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="72" />
        <source>The form could not be read. Please go back and try again.</source>
        <translation>Das Formular konnte nicht gelesen werden. Bitte gehen Sie zurück und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="77" />
        <source>This form has expired. Please go back, reload the page and send it again.</source>
        <translation>Dieses Formular ist abgelaufen. Bitte gehen Sie zurück, laden Sie die Seite neu und senden Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="106" />
        <location filename="../server/web/CustomerPortal.cpp" line="115" />
        <location filename="../server/web/TemplateTexts.cpp" line="43" />
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="123" />
        <location filename="../server/web/CustomerPortal.cpp" line="131" />
        <location filename="../server/web/TemplateTexts.cpp" line="25" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="159" />
        <location filename="../server/web/CustomerPortal.cpp" line="167" />
        <location filename="../server/web/TemplateTexts.cpp" line="9" />
        <source>Privacy and usage agreement</source>
        <translation>Datenschutz- und Nutzungsvereinbarung</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="185" />
        <location filename="../server/web/TemplateTexts.cpp" line="30" />
        <source>Your mailbox</source>
        <translation>Ihr Postfach</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="192" />
        <location filename="../server/web/CustomerPortal.cpp" line="203" />
        <location filename="../server/web/TemplateTexts.cpp" line="22" />
        <source>New inquiry</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="234" />
        <location filename="../server/web/CustomerPortal.cpp" line="257" />
        <location filename="../server/web/CustomerPortal.cpp" line="262" />
        <source>This inquiry does not exist.</source>
        <translation>Diese Anfrage gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="244" />
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="250" />
        <location filename="../server/web/CustomerPortal.cpp" line="270" />
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="310" />
        <source>Waiting for an answer</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="311" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/CustomerPortal.cpp" line="336" />
        <source>open for %n minute(s)</source>
        <translation><numerusform>seit %n Minute offen</numerusform><numerusform>seit %n Minuten offen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/CustomerPortal.cpp" line="338" />
        <source>open for %n hour(s)</source>
        <translation><numerusform>seit %n Stunde offen</numerusform><numerusform>seit %n Stunden offen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/CustomerPortal.cpp" line="339" />
        <source>open for %n day(s)</source>
        <translation><numerusform>seit %n Tag offen</numerusform><numerusform>seit %n Tagen offen</numerusform></translation>
    </message>
    <message>
        <location filename="../server/web/CustomerPortal.cpp" line="365" />
        <location filename="../server/web/TemplateTexts.cpp" line="19" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="10" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="11" />
        <source>Before your first inquiry, please read how we handle your messages.</source>
        <translation>Bitte lesen Sie vor Ihrer ersten Anfrage, wie wir mit Ihren Nachrichten umgehen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="12" />
        <source>We store your e-mail address, your inquiries and our answers in our own database, protected by encryption in transit.</source>
        <translation>Wir speichern Ihre E-Mail-Adresse, Ihre Anfragen und unsere Antworten in unserer eigenen Datenbank; die Übertragung ist verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="13" />
        <source>Only the advisors responsible for your topic can read your inquiries. Messages cannot be forwarded or copied out of the mailbox.</source>
        <translation>Nur die für Ihr Thema zuständigen Beraterinnen und Berater können Ihre Anfragen lesen. Nachrichten können nicht weitergeleitet oder aus dem Postfach kopiert werden.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="14" />
        <source>Nothing is sent to you by e-mail. You read our answers here after signing in.</source>
        <translation>Wir senden Ihnen nichts per E-Mail. Unsere Antworten lesen Sie hier, nachdem Sie sich angemeldet haben.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="15" />
        <source>Inquiries are deleted for good when their retention period ends, and you can ask us to delete them earlier.</source>
        <translation>Anfragen werden nach Ablauf ihrer Aufbewahrungsfrist endgültig gelöscht; Sie können uns bitten, sie früher zu löschen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="16" />
        <source>We record which version of this agreement you accepted and when.</source>
        <translation>Wir halten fest, welche Version dieser Vereinbarung Sie wann angenommen haben.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="17" />
        <source>I have read the agreement and accept it.</source>
        <translation>Ich habe die Vereinbarung gelesen und nehme sie an.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="18" />
        <source>Accept and continue</source>
        <translation>Annehmen und weiter</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="20" />
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="21" />
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="23" />
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="24" />
        <source>Your messages stay on our server. Nothing is sent by e-mail.</source>
        <translation>Ihre Nachrichten bleiben auf unserem Server. Nichts wird per E-Mail versendet.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="26" />
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="27" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="28" />
        <source>New here?</source>
        <translation>Neu hier?</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="29" />
        <source>Create an account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="31" />
        <source>Write a new inquiry</source>
        <translation>Neue Anfrage schreiben</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="32" />
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="33" />
        <source>You have not written an inquiry yet.</source>
        <translation>Sie haben noch keine Anfrage geschrieben.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="34" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="35" />
        <source>Please choose</source>
        <translation>Bitte wählen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="36" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="37" />
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="38" />
        <source>Send inquiry</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="39" />
        <source>Create your account</source>
        <translation>Legen Sie Ihr Konto an</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="40" />
        <source>With an account you can write to our advisors securely and read their answers here.</source>
        <translation>Mit einem Konto schreiben Sie unseren Beraterinnen und Beratern sicher und lesen hier deren Antworten.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="41" />
        <source>Password (at least 10 characters)</source>
        <translation>Passwort (mindestens 10 Zeichen)</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="42" />
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="44" />
        <source>Already registered?</source>
        <translation>Schon registriert?</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="45" />
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="46" />
        <source>Send answer</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="47" />
        <source>Back to the mailbox</source>
        <translation>Zurück zum Postfach</translation>
    </message>
</context>
</TS>