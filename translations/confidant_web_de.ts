<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>Mail</name>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="35" />
        <source>Please confirm your e-mail address</source>
        <translation>Bitte bestätigen Sie Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="36" />
        <source>Someone registered for the customer mailbox with this address. If it was you, open this link within 24 hours to confirm it:</source>
        <translation>Jemand hat sich mit dieser Adresse für das Kundenpostfach registriert. Wenn Sie das waren, öffnen Sie bitte innerhalb von 24 Stunden diesen Link, um die Adresse zu bestätigen:</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="37" />
        <source>If it was not you, ignore this e-mail: without the confirmation the registration is deleted.</source>
        <translation>Wenn Sie es nicht waren, beachten Sie diese E-Mail nicht: Ohne Bestätigung wird die Registrierung gelöscht.</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="39" />
        <source>Setting a new password</source>
        <translation>Ein neues Passwort festlegen</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="40" />
        <source>Someone asked to set a new password for your customer mailbox. If it was you, open this link within 30 minutes:</source>
        <translation>Jemand möchte ein neues Passwort für Ihr Kundenpostfach festlegen. Wenn Sie das waren, öffnen Sie bitte innerhalb von 30 Minuten diesen Link:</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="41" />
        <source>If it was not you, ignore this e-mail: your password stays as it is.</source>
        <translation>Wenn Sie es nicht waren, beachten Sie diese E-Mail nicht: Ihr Passwort bleibt, wie es ist.</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="43" />
        <source>Someone tried to register with your address</source>
        <translation>Jemand wollte sich mit Ihrer Adresse registrieren</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="44" />
        <source>Someone tried to register for the customer mailbox with your address, which already has an account. Nothing was changed.</source>
        <translation>Jemand wollte sich mit Ihrer Adresse für das Kundenpostfach registrieren. Zu dieser Adresse gibt es bereits ein Konto; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="45" />
        <source>If it was you and you no longer know your password, you can set a new one here:</source>
        <translation>Wenn Sie das waren und Ihr Passwort nicht mehr wissen, können Sie hier ein neues festlegen:</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="48" />
        <source>Since yesterday, new answers have arrived in your mailbox. Please sign in to read them:</source>
        <translation>Seit gestern sind neue Antworten in Ihrem Postfach eingegangen. Bitte melden Sie sich an, um sie zu lesen:</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="50" />
        <source>A new answer is waiting in your mailbox</source>
        <translation>In Ihrem Postfach wartet eine neue Antwort</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="52" />
        <source>For your protection this e-mail holds nothing of the answer itself. On your account page you choose how often you are told.</source>
        <translation>Zu Ihrem Schutz enthält diese E-Mail nichts von der Antwort selbst. Auf Ihrer Kontoseite wählen Sie, wie oft wir Ihnen Bescheid geben.</translation>
    </message>
    <message>
        <location filename="../server/mail/MailComposer.cpp" line="49" />
        <source>You have a new answer in your mailbox. Please sign in to read it:</source>
        <translation>Sie haben eine neue Antwort in Ihrem Postfach. Bitte melden Sie sich an, um sie zu lesen:</translation>
    </message>
    <message>
        <source>For your protection this e-mail holds nothing of the answer itself.</source>
        <translation>Zu Ihrem Schutz enthält diese E-Mail nichts von der Antwort selbst.</translation>
    </message>
    <message>
        <source>For your protection this e-mail holds nothing of the answer itself. You can choose on your account page whether and how often we tell you.</source>
        <translation>Zu Ihrem Schutz enthält diese E-Mail nichts von der Antwort selbst. Auf Ihrer Kontoseite wählen Sie, ob und wie oft wir Ihnen Bescheid geben.</translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <location filename="../server/service/CustomerMailbox.cpp" line="25" />
        <location filename="../server/store/InquiryMessages.cpp" line="14" />
        <location filename="../server/store/CustomerReadStore.cpp" line="25" />
        <location filename="../server/store/DeletionStore.cpp" line="29" />
        <source>This inquiry does not exist.</source>
        <translation>Diese Anfrage gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/store/StoreError.h" line="23" />
        <source>The mailbox is not available right now. Please try again later.</source>
        <translation>Das Postfach ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.</translation>
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
        <location filename="../server/service/CustomerExport.cpp" line="53" />
        <location filename="../server/store/CustomerStore.cpp" line="173" />
        <source>This account no longer exists.</source>
        <translation>Dieses Konto besteht nicht mehr.</translation>
    </message>
    <message>
        <location filename="../server/store/CustomerStore.cpp" line="187" />
        <source>This customer or advisor does not exist.</source>
        <translation>Diese Kundin, diesen Kunden, diese Beraterin oder diesen Berater gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/store/InquiryStore.cpp" line="85" />
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
        <location filename="../server/store/AdvisorStore.cpp" line="54" />
        <source>This team does not exist.</source>
        <translation>Dieses Team gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/store/AdvisorStore.cpp" line="78" />
        <source>This advisor does not exist.</source>
        <translation>Diese Beraterin oder dieser Berater existiert nicht.</translation>
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
        <location filename="../server/service/Deletions.cpp" line="33" />
        <source>The deletion cannot be postponed as it is.</source>
        <translation>Die Löschung kann so nicht aufgeschoben werden.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../server/web/SignInPages.cpp" line="102" />
        <source>E-mail address or password is wrong.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPages.cpp" line="109" />
        <source>Please confirm your e-mail address first: open the link in the e-mail we sent you. If it has expired, register again.</source>
        <translation>Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link in der E-Mail, die wir Ihnen geschickt haben. Ist er abgelaufen, registrieren Sie sich bitte noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPages.cpp" line="212" />
        <source>Please confirm that you accept the agreement.</source>
        <translation>Bitte bestätigen Sie, dass Sie die Vereinbarung annehmen.</translation>
    </message>
    <message>
        <location filename="../server/web/AccountPages.cpp" line="195" />
        <location filename="../server/web/AccountSettingsPages.cpp" line="115" />
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../server/web/NewPasswordForm.cpp" line="18" />
        <location filename="../server/service/CustomerAccounts.cpp" line="21" />
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../server/service/CustomerMailbox.cpp" line="83" />
        <location filename="../shared/validation/Validation.cpp" line="177" />
        <source>This topic does not exist.</source>
        <translation>Dieses Thema gibt es nicht.</translation>
    </message>
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
        <location filename="../shared/wire/DraftWire.cpp" line="59" />
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
        <location filename="../shared/wire/DraftWire.cpp" line="48" />
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
    <message>
        <location filename="../shared/wire/DraftWire.cpp" line="40" />
        <source>Give a date and time with its offset (ISO 8601).</source>
        <translation>Geben Sie Datum und Uhrzeit mit Zeitzonen-Versatz an (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../server/web/AccountRecoveryPages.cpp" line="98" />
        <source>This is not the password chosen at registration.</source>
        <translation>Das ist nicht das Passwort, das bei der Registrierung gewählt wurde.</translation>
    </message>
    <message>
        <location filename="../server/web/TwoFactorPages.cpp" line="21" />
        <source>This code is not right. Enter the code your app shows now, or an unused recovery code.</source>
        <translation>Dieser Code stimmt nicht. Geben Sie den Code ein, den Ihre App jetzt zeigt, oder einen unbenutzten Wiederherstellungscode.</translation>
    </message>
    <message>
        <location filename="../server/web/PseudonymPages.cpp" line="119" />
        <source>This pseudonym and recovery code do not belong together, or the code was used already.</source>
        <translation>Dieses Pseudonym und dieser Wiederherstellungscode gehören nicht zusammen, oder der Code wurde schon benutzt.</translation>
    </message>
</context>
<context>
    <name>Web</name>
    <message>
        <location filename="../server/web/AdmissionGate.cpp" line="38" />
        <source>The form could not be read. Please go back and try again.</source>
        <translation>Das Formular konnte nicht gelesen werden. Bitte gehen Sie zurück und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/AdmissionGate.cpp" line="43" />
        <source>This form has expired. Please go back, reload the page and send it again.</source>
        <translation>Dieses Formular ist abgelaufen. Bitte gehen Sie zurück, laden Sie die Seite neu und senden Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPages.cpp" line="51" />
        <location filename="../server/web/SignInPages.cpp" line="66" />
        <location filename="../server/web/TemplateTexts.cpp" line="82" />
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location filename="../server/web/PasswordWork.cpp" line="7" />
        <source>A password check for this account is still running. Please try again in a moment.</source>
        <translation>Für dieses Konto läuft noch eine Passwortprüfung. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/PasswordWork.cpp" line="13" />
        <source>Too many people are signing in right now. Please try again in a minute.</source>
        <translation>Gerade melden sich zu viele Menschen an. Bitte versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPages.cpp" line="84" />
        <location filename="../server/web/SignInPages.cpp" line="104" />
        <location filename="../server/web/SignInPages.cpp" line="111" />
        <location filename="../server/web/TemplateTexts.cpp" line="50" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../server/web/PageResponder.cpp" line="59" />
        <source>Too many attempts. Please try again after %1.</source>
        <translation>Zu viele Versuche. Bitte versuchen Sie es nach %1 noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPages.cpp" line="135" />
        <location filename="../server/web/TemplateTexts.cpp" line="157" />
        <source>Enter your code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPages.cpp" line="194" />
        <source>You accepted version %1 on %2.</source>
        <translation>Sie haben die Version %1 am %2 angenommen.</translation>
    </message>
    <message>
        <location filename="../server/web/SignInPages.cpp" line="206" />
        <location filename="../server/web/SignInPages.cpp" line="216" />
        <location filename="../server/web/TemplateTexts.cpp" line="29" />
        <source>Privacy and usage agreement</source>
        <translation>Datenschutz- und Nutzungsvereinbarung</translation>
    </message>
    <message>
        <location filename="../server/web/MailboxPages.cpp" line="64" />
        <location filename="../server/web/TemplateTexts.cpp" line="56" />
        <source>Your mailbox</source>
        <translation>Ihr Postfach</translation>
    </message>
    <message>
        <location filename="../server/web/MailboxPages.cpp" line="80" />
        <source>The topic in the link you followed does not exist. Please choose a topic.</source>
        <translation>Das Thema aus dem Link, dem Sie gefolgt sind, gibt es nicht. Bitte wählen Sie ein Thema.</translation>
    </message>
    <message>
        <location filename="../server/web/MailboxPages.cpp" line="100" />
        <source>You have reached the limit of %1 new inquiries per hour. Your text is kept below: you can send it after %2.</source>
        <translation>Sie haben die Grenze von %1 neuen Anfragen pro Stunde erreicht. Ihr Text bleibt unten erhalten: Sie können ihn nach %2 senden.</translation>
    </message>
    <message>
        <location filename="../server/web/MailboxPages.cpp" line="115" />
        <location filename="../server/web/TemplateTexts.cpp" line="45" />
        <source>New inquiry</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <location filename="../server/web/MailboxPages.cpp" line="169" />
        <location filename="../server/web/MailboxPages.cpp" line="196" />
        <location filename="../server/web/PageResponder.cpp" line="110" />
        <source>This inquiry does not exist.</source>
        <translation>Diese Anfrage gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../server/web/MailboxPages.cpp" line="207" />
        <source>You have reached the limit of %1 messages per hour. Your text is kept below: you can send it after %2.</source>
        <translation>Sie haben die Grenze von %1 Nachrichten pro Stunde erreicht. Ihr Text bleibt unten erhalten: Sie können ihn nach %2 senden.</translation>
    </message>
    <message>
        <location filename="../server/web/PageResponder.cpp" line="205" />
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../server/web/MailboxPages.cpp" line="189" />
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../server/web/AccountPages.cpp" line="49" />
        <location filename="../server/web/TemplateTexts.cpp" line="19" />
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../server/web/AccountPages.cpp" line="112" />
        <source>Everything Confidant stores about you</source>
        <translation>Alles, was Confidant über Sie speichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/AccountPages.cpp" line="151" />
        <source>A session ends when you sign out, or at the latest %n hour(s) after you signed in.</source>
        <translation><numerusform>Eine Sitzung endet, wenn Sie sich abmelden, spätestens aber %n Stunde nach der Anmeldung.</numerusform><numerusform>Eine Sitzung endet, wenn Sie sich abmelden, spätestens aber %n Stunden nach der Anmeldung.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/AccountPages.cpp" line="152" />
        <source>It also ends after %n minute(s) without a page view.</source>
        <translation><numerusform>Sie endet auch nach %n Minute ohne Seitenaufruf.</numerusform><numerusform>Sie endet auch nach %n Minuten ohne Seitenaufruf.</numerusform></translation>
    </message>
    <message>
        <location filename="../server/web/AccountPages.cpp" line="153" />
        <location filename="../server/web/TemplateTexts.cpp" line="48" />
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/AccountPages.cpp" line="163" />
        <source>deleted %n day(s) after the inquiry is closed</source>
        <translation><numerusform>gelöscht %n Tag nach Abschluss der Anfrage</numerusform><numerusform>gelöscht %n Tage nach Abschluss der Anfrage</numerusform></translation>
    </message>
    <message>
        <location filename="../server/web/AccountPages.cpp" line="164" />
        <source>no fixed period: kept until it is deleted</source>
        <translation>keine feste Frist: aufbewahrt, bis sie gelöscht wird</translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/AccountPages.cpp" line="169" />
        <source>If you do not sign in for %n day(s), your account is deleted with everything in it.</source>
        <translation><numerusform>Wenn Sie sich %n Tag lang nicht anmelden, wird Ihr Konto mit allem, was darin ist, gelöscht.</numerusform><numerusform>Wenn Sie sich %n Tage lang nicht anmelden, wird Ihr Konto mit allem, was darin ist, gelöscht.</numerusform></translation>
    </message>
    <message>
        <location filename="../server/web/AccountPages.cpp" line="171" />
        <source>There is no fixed period after which an unused account is deleted.</source>
        <translation>Es gibt keine feste Frist, nach der ein unbenutztes Konto gelöscht wird.</translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/AccountPages.cpp" line="173" />
        <source>What an advisor has not deleted by then is deleted automatically %n day(s) later.</source>
        <translation><numerusform>Was bis dahin nicht von einer Beraterin oder einem Berater gelöscht wurde, wird %n Tag später automatisch gelöscht.</numerusform><numerusform>Was bis dahin nicht von einer Beraterin oder einem Berater gelöscht wurde, wird %n Tage später automatisch gelöscht.</numerusform></translation>
    </message>
    <message>
        <location filename="../server/web/PageResponder.cpp" line="184" />
        <source>Waiting for an answer</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <location filename="../server/web/PageResponder.cpp" line="185" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../server/web/PageResponder.cpp" line="186" />
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/PageResponder.cpp" line="237" />
        <source>open for %n minute(s)</source>
        <translation><numerusform>seit %n Minute offen</numerusform><numerusform>seit %n Minuten offen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/PageResponder.cpp" line="239" />
        <source>open for %n hour(s)</source>
        <translation><numerusform>seit %n Stunde offen</numerusform><numerusform>seit %n Stunden offen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/PageResponder.cpp" line="240" />
        <source>open for %n day(s)</source>
        <translation><numerusform>seit %n Tag offen</numerusform><numerusform>seit %n Tagen offen</numerusform></translation>
    </message>
    <message>
        <location filename="../server/web/PageResponder.cpp" line="251" />
        <source>Open since %1.</source>
        <translation>Offen seit %1.</translation>
    </message>
    <message>
        <location filename="../server/web/PageResponder.cpp" line="252" />
        <source>Open since %1. We will answer by %2.</source>
        <translation>Offen seit %1. Wir antworten bis %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/PageResponder.cpp" line="31" />
        <source>%n new answer(s)</source>
        <translation><numerusform>%n neue Antwort</numerusform><numerusform>%n neue Antworten</numerusform></translation>
    </message>
    <message>
        <location filename="../server/web/PageResponder.cpp" line="54" />
        <location filename="../server/web/TemplateTexts.cpp" line="42" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../server/web/PageResponder.cpp" line="74" />
        <location filename="../server/web/TemplateTexts.cpp" line="72" />
        <source>The mailbox is briefly unavailable</source>
        <translation>Das Postfach ist kurz nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../server/web/MailboxPages.cpp" line="223" />
        <source>Tick the box to confirm that the inquiry is deleted for good.</source>
        <translation>Bitte bestätigen Sie mit dem Häkchen, dass die Anfrage endgültig gelöscht wird.</translation>
    </message>
    <message>
        <location filename="../server/web/AccountPages.cpp" line="186" />
        <source>Tick the box to confirm that your account is closed and deleted.</source>
        <translation>Bitte bestätigen Sie mit dem Häkchen, dass Ihr Konto geschlossen und gelöscht wird.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="30" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="32" />
        <source>Before your first inquiry, please read how we handle your messages.</source>
        <translation>Bitte lesen Sie vor Ihrer ersten Anfrage, wie wir mit Ihren Nachrichten umgehen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="33" />
        <source>We store your e-mail address, your inquiries and our answers in our own database, protected by encryption in transit.</source>
        <translation>Wir speichern Ihre E-Mail-Adresse, Ihre Anfragen und unsere Antworten in unserer eigenen Datenbank; die Übertragung ist verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="35" />
        <source>Our advisors read your inquiries in their mailbox application, which opens only with a personal certificate. Only the team responsible for your inquiry's topic and your personal advisor, if you have one, can read it.</source>
        <translation>Unsere Beraterinnen und Berater lesen Ihre Anfragen in ihrer Postfach-Anwendung, die sich nur mit einem persönlichen Zertifikat öffnet. Nur das Team, das für das Thema Ihrer Anfrage zuständig ist, und Ihre persönliche Beraterin oder Ihr persönlicher Berater, falls Sie eine oder einen haben, können sie lesen.</translation>
    </message>
    <message>
        <source>Nothing is sent to you by e-mail. You read our answers here after signing in.</source>
        <translation>Wir senden Ihnen nichts per E-Mail. Unsere Antworten lesen Sie hier, nachdem Sie sich angemeldet haben.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="34" />
        <source>The agreement has changed since. Please read this version and accept it to continue.</source>
        <translation>Die Vereinbarung hat sich seitdem geändert. Bitte lesen Sie diese Version und nehmen Sie sie an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="9" />
        <source>Your account is closed. Everything in it has been deleted, and every device is signed out.</source>
        <translation>Ihr Konto ist geschlossen. Alles darin wurde gelöscht, und Sie sind auf allen Geräten abgemeldet.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="10" />
        <source>The inquiry and all its messages have been deleted.</source>
        <translation>Die Anfrage und alle ihre Nachrichten wurden gelöscht.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="11" />
        <source>Delete this inquiry</source>
        <translation>Diese Anfrage löschen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="12" />
        <source>Delete this inquiry and all its messages for good. This cannot be undone.</source>
        <translation>Diese Anfrage und alle ihre Nachrichten endgültig löschen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="13" />
        <source>Delete inquiry</source>
        <translation>Anfrage löschen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="14" />
        <source>Close your account</source>
        <translation>Ihr Konto schließen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="15" />
        <source>Closing your account deletes it with all your inquiries and messages at once, and signs you out on every device. Download your data first if you want to keep it.</source>
        <translation>Wenn Sie Ihr Konto schließen, wird es mit allen Anfragen und Nachrichten sofort gelöscht, und Sie werden auf allen Geräten abgemeldet. Laden Sie vorher Ihre Daten herunter, wenn Sie sie behalten möchten.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="16" />
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="17" />
        <source>Close my account and delete everything in it for good.</source>
        <translation>Mein Konto schließen und alles darin endgültig löschen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="18" />
        <source>Close account</source>
        <translation>Konto schließen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="20" />
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="21" />
        <source>Download everything we store about you</source>
        <translation>Alles herunterladen, was wir über Sie speichern</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="22" />
        <source>The download holds your account, every acceptance of the agreement and all your inquiries with every message, yours and your advisors'. Nobody else's data is in it.</source>
        <translation>Der Download enthält Ihr Konto, jede Zustimmung zur Vereinbarung und alle Ihre Anfragen mit jeder Nachricht, Ihren und denen Ihrer Beraterinnen und Berater. Daten anderer Personen sind nicht darin.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="23" />
        <source>Readable copy (HTML)</source>
        <translation>Lesbare Kopie (HTML)</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="24" />
        <source>Machine-readable copy (JSON)</source>
        <translation>Maschinenlesbare Kopie (JSON)</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="25" />
        <source>Exported on</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="26" />
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="27" />
        <source>Agreement accepted</source>
        <translation>Vereinbarung angenommen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="28" />
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="31" />
        <source>Your advisor has closed this inquiry. If you write again, it is opened again.</source>
        <translation>Ihre Beraterin oder Ihr Berater hat diese Anfrage abgeschlossen. Wenn Sie erneut schreiben, wird sie wieder geöffnet.</translation>
    </message>
    <message>
        <source>Our advisors read your inquiries in their mailbox application, which opens only with a personal certificate. Every advisor can read every inquiry; access by topic is not in place yet.</source>
        <translation>Unsere Beraterinnen und Berater lesen Ihre Anfragen in ihrer Postfach-Anwendung, die sich nur mit einem persönlichen Zertifikat öffnen lässt. Jede Beraterin und jeder Berater kann jede Anfrage lesen; eine Beschränkung nach Thema gibt es noch nicht.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="38" />
        <source>We record which version of this agreement you accepted and when.</source>
        <translation>Wir halten fest, welche Version dieser Vereinbarung Sie wann angenommen haben.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="39" />
        <source>More about privacy</source>
        <translation>Mehr zum Datenschutz</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="40" />
        <source>I have read the agreement and accept it.</source>
        <translation>Ich habe die Vereinbarung gelesen und nehme sie an.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="41" />
        <source>Accept and continue</source>
        <translation>Annehmen und weiter</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="43" />
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="44" />
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="46" />
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Your messages stay on our server. Nothing is sent by e-mail.</source>
        <translation type="vanished">Ihre Nachrichten bleiben auf unserem Server. Nichts wird per E-Mail versendet.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="49" />
        <source>Your agreement</source>
        <translation>Ihre Vereinbarung</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="51" />
        <source>Thank you. If this e-mail address was new to us, your account is ready: sign in with the password you have just chosen. If you already had an account with this address, it is unchanged: sign in with its password.</source>
        <translation>Vielen Dank. War diese E-Mail-Adresse bei uns neu, ist Ihr Konto bereit: Melden Sie sich mit dem Passwort an, das Sie gerade gewählt haben. Hatten Sie mit dieser Adresse schon ein Konto, bleibt es unverändert: Melden Sie sich mit dessen Passwort an.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="52" />
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="53" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="54" />
        <source>New here?</source>
        <translation>Neu hier?</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="55" />
        <source>Create an account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="57" />
        <source>Write a new inquiry</source>
        <translation>Neue Anfrage schreiben</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="58" />
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="59" />
        <source>New answer</source>
        <translation>Neue Antwort</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="60" />
        <source>You have not written an inquiry yet.</source>
        <translation>Sie haben noch keine Anfrage geschrieben.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="68" />
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="69" />
        <source>Please choose</source>
        <translation>Bitte wählen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="73" />
        <source>We could not do this just now. Please try again in a moment.</source>
        <translation>Das ging gerade nicht. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="74" />
        <source>Your text was not lost: it is below. Press "Send again" in a moment.</source>
        <translation>Ihr Text ist nicht verloren: Sie finden ihn unten. Drücken Sie gleich auf „Erneut senden“.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="75" />
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="92" />
        <source>Your name, your e-mail address, and your password only as a salted hash from which the password cannot be read back.</source>
        <translation>Ihr Name, Ihre E-Mail-Adresse und Ihr Passwort nur als gesalzener Hash, aus dem sich das Passwort nicht zurückgewinnen lässt.</translation>
    </message>
    <message>
        <location filename="../server/web/PageResponder.cpp" line="98" />
        <location filename="../server/web/TemplateTexts.cpp" line="70" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../server/web/PageResponder.cpp" line="99" />
        <location filename="../server/web/TemplateTexts.cpp" line="71" />
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="36" />
        <source>Your messages and our answers are never sent by e-mail: you read them here after signing in. We e-mail you only links to confirm your address or set a new password and, as you choose, a notice without any content that an answer waits.</source>
        <translation>Ihre Nachrichten und unsere Antworten werden nie per E-Mail verschickt: Sie lesen sie hier nach der Anmeldung. Per E-Mail schicken wir Ihnen nur Links, um Ihre Adresse zu bestätigen oder ein neues Passwort festzulegen, und, wenn Sie es wünschen, einen Hinweis ohne jeden Inhalt, dass eine Antwort wartet.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="37" />
        <source>We delete a closed inquiry when the period our privacy page states for its topic has passed. You can delete an inquiry yourself, or close your account with everything in it, at any time.</source>
        <translation>Wir löschen eine abgeschlossene Anfrage, wenn die Frist, die unsere Datenschutzseite für ihr Thema nennt, abgelaufen ist. Sie können eine Anfrage jederzeit selbst löschen oder Ihr Konto mit allem darin schließen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="47" />
        <source>Your messages stay on our server and are never sent by e-mail.</source>
        <translation>Ihre Nachrichten bleiben auf unserem Server und werden nie per E-Mail verschickt.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="61" />
        <source>There are no more inquiries here.</source>
        <translation>Hier gibt es keine weiteren Anfragen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="62" />
        <source>More inquiries</source>
        <translation>Weitere Anfragen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="63" />
        <source>Newer inquiries</source>
        <translation>Neuere Anfragen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="64" />
        <source>Older inquiries</source>
        <translation>Ältere Anfragen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="65" />
        <source>More messages</source>
        <translation>Weitere Nachrichten</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="66" />
        <source>Earlier messages</source>
        <translation>Frühere Nachrichten</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="67" />
        <source>Later messages</source>
        <translation>Spätere Nachrichten</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="76" />
        <source>Send inquiry</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="77" />
        <source>Create your account</source>
        <translation>Legen Sie Ihr Konto an</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="78" />
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="79" />
        <source>With an account you can write to our advisors securely and read their answers here.</source>
        <translation>Mit einem Konto schreiben Sie unseren Beraterinnen und Beratern sicher und lesen hier deren Antworten.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="80" />
        <source>Password (at least 10 characters)</source>
        <translation>Passwort (mindestens 10 Zeichen)</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="81" />
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="83" />
        <source>Already registered?</source>
        <translation>Schon registriert?</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="84" />
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="85" />
        <source>Send answer</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="86" />
        <source>Back to the mailbox</source>
        <translation>Zurück zum Postfach</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="88" />
        <source>Please check what you entered</source>
        <translation>Bitte prüfen Sie Ihre Eingaben</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="90" />
        <source>This page says what this mailbox does with your data today.</source>
        <translation>Diese Seite beschreibt, was dieses Postfach heute mit Ihren Daten tut.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="91" />
        <source>What we store</source>
        <translation>Was wir speichern</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="93" />
        <source>Your inquiries and our answers, with the time each was written.</source>
        <translation>Ihre Anfragen und unsere Antworten, jeweils mit dem Zeitpunkt, zu dem sie geschrieben wurden.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="94" />
        <source>Which version of the agreement you accepted and when.</source>
        <translation>Welche Version der Vereinbarung Sie wann angenommen haben.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="95" />
        <source>Which answers you have opened, so that new answers can be marked.</source>
        <translation>Welche Antworten Sie geöffnet haben, damit neue Antworten markiert werden können.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="96" />
        <source>All of it is kept in our own database and travels encrypted between your browser and our server.</source>
        <translation>All das liegt in unserer eigenen Datenbank und wird zwischen Ihrem Browser und unserem Server verschlüsselt übertragen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="97" />
        <source>Who reads your inquiries</source>
        <translation>Wer Ihre Anfragen liest</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="98" />
        <source>How long we keep it</source>
        <translation>Wie lange wir Daten aufbewahren</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="99" />
        <source>When an inquiry is closed, we keep it with our answers for the period of its topic; then it is deleted, everywhere at once:</source>
        <translation>Wenn eine Anfrage abgeschlossen ist, bewahren wir sie mit unseren Antworten so lange auf, wie es für ihr Thema festgelegt ist; danach wird sie gelöscht, überall zugleich:</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="100" />
        <source>An advisor can postpone a deletion and must say why, for example where the law obliges us to keep records. What is deleted cannot be restored; a log of deletions records only when and why, never what was written.</source>
        <translation>Eine Beraterin oder ein Berater kann eine Löschung aufschieben und muss den Grund angeben, etwa wenn uns ein Gesetz zur Aufbewahrung verpflichtet. Gelöschtes lässt sich nicht wiederherstellen; ein Löschprotokoll hält nur fest, wann und warum, nie, was geschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="101" />
        <source>Cookies and sessions</source>
        <translation>Cookies und Sitzungen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="102" />
        <source>We set two cookies: one keeps you signed in, the other protects the forms before you sign in. There are no tracking or advertising cookies.</source>
        <translation>Wir setzen zwei Cookies: Eines hält Sie angemeldet, das andere schützt die Formulare, bevor Sie sich anmelden. Es gibt keine Tracking- oder Werbe-Cookies.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="103" />
        <source>What we do not do</source>
        <translation>Was wir nicht tun</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="104" />
        <source>These pages run no scripts and load nothing from other websites.</source>
        <translation>Diese Seiten führen keine Skripte aus und laden nichts von anderen Websites.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="106" />
        <source>New password (at least 10 characters)</source>
        <translation>Neues Passwort (mindestens 10 Zeichen)</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="107" />
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="111" />
        <source>Thank you. We have sent an e-mail to the address you gave: open the link in it within 24 hours to confirm the address, then sign in. If you already had an account with this address, it is unchanged: sign in with its password.</source>
        <translation>Vielen Dank. Wir haben eine E-Mail an die angegebene Adresse geschickt: Öffnen Sie den Link darin innerhalb von 24 Stunden, um die Adresse zu bestätigen, und melden Sie sich dann an. Hatten Sie mit dieser Adresse schon ein Konto, bleibt es unverändert: Melden Sie sich mit seinem Passwort an.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="112" />
        <source>Your e-mail address is confirmed. Sign in with the password you chose.</source>
        <translation>Ihre E-Mail-Adresse ist bestätigt. Melden Sie sich mit dem gewählten Passwort an.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="113" />
        <source>Your new password is set, and every device is signed out. Sign in with the new password.</source>
        <translation>Ihr neues Passwort ist gesetzt, und alle Geräte sind abgemeldet. Melden Sie sich mit dem neuen Passwort an.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="114" />
        <source>You are signed out on every device.</source>
        <translation>Sie sind auf allen Geräten abgemeldet.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="117" />
        <source>If this address belongs to an account, an e-mail with a link is on its way to it. The link works for 30 minutes. No e-mail? Look in your spam folder, or ask again in a few minutes.</source>
        <translation>Gehört diese Adresse zu einem Konto, ist eine E-Mail mit einem Link dorthin unterwegs. Der Link gilt 30 Minuten. Keine E-Mail? Sehen Sie im Spam-Ordner nach, oder fragen Sie in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="118" />
        <source>Enter the e-mail address of your account. We send a link to it with which you set a new password.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken einen Link dorthin, mit dem Sie ein neues Passwort festlegen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="119" />
        <source>Send link</source>
        <translation>Link schicken</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="120" />
        <source>Back to sign in</source>
        <translation>Zurück zur Anmeldung</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="123" />
        <source>Afterwards every device is signed out: sign in again with the new password.</source>
        <translation>Danach sind alle Geräte abgemeldet: Melden Sie sich mit dem neuen Passwort wieder an.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="124" />
        <source>Save new password</source>
        <translation>Neues Passwort speichern</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="125" />
        <source>This link has expired or was used already.</source>
        <translation>Dieser Link ist abgelaufen oder wurde schon benutzt.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="126" />
        <source>Ask for a new link</source>
        <translation>Einen neuen Link anfordern</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="128" />
        <source>How you want to be told about new answers, and for each device you are signed in on, the browser it named and when it was last used.</source>
        <translation>Wie wir Ihnen neue Antworten melden sollen, und für jedes Gerät, auf dem Sie angemeldet sind, den Browser, den es genannt hat, und wann es zuletzt benutzt wurde.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="130" />
        <source>Your choice is saved.</source>
        <translation>Ihre Auswahl ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="131" />
        <source>Your new password is set. Every other device is signed out.</source>
        <translation>Ihr neues Passwort ist gesetzt. Alle anderen Geräte sind abgemeldet.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="132" />
        <source>Notices by e-mail</source>
        <translation>Hinweise per E-Mail</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="133" />
        <source>A notice only says that an answer waits, with a link to your mailbox: never the subject, a name or any text.</source>
        <translation>Ein Hinweis sagt nur, dass eine Antwort wartet, mit einem Link zu Ihrem Postfach: nie den Betreff, einen Namen oder irgendeinen Text.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="134" />
        <source>Tell me when an answer waits</source>
        <translation>Mir Bescheid geben, wenn eine Antwort wartet</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="135" />
        <source>At every new answer</source>
        <translation>Bei jeder neuen Antwort</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="136" />
        <source>Once a day at most</source>
        <translation>Höchstens einmal am Tag</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="137" />
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="138" />
        <source>Language of the e-mails</source>
        <translation>Sprache der E-Mails</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="139" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="140" />
        <source>Change your password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="141" />
        <source>Current password</source>
        <translation>Bisheriges Passwort</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="142" />
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="143" />
        <source>Where you are signed in</source>
        <translation>Wo Sie angemeldet sind</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="144" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="145" />
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="146" />
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="147" />
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="148" />
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="151" />
        <source>To confirm that this address is yours, enter the password you chose when you registered.</source>
        <translation>Um zu bestätigen, dass diese Adresse Ihnen gehört, geben Sie das Passwort ein, das Sie bei der Registrierung gewählt haben.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="152" />
        <source>Confirm address</source>
        <translation>Adresse bestätigen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="153" />
        <source>This link has expired or was used already. If your address is not confirmed yet, register again with it to get a new link.</source>
        <translation>Dieser Link ist abgelaufen oder wurde schon benutzt. Ist Ihre Adresse noch nicht bestätigt, registrieren Sie sich damit noch einmal, um einen neuen Link zu bekommen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="155" />
        <source>The time to enter your code ran out. Please sign in again.</source>
        <translation>Die Zeit für die Eingabe des Codes ist abgelaufen. Bitte melden Sie sich noch einmal an.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="158" />
        <source>Your password was right. Open your authenticator app and enter the six-digit code it shows for this mailbox.</source>
        <translation>Ihr Passwort war richtig. Öffnen Sie Ihre Authenticator-App und geben Sie den sechsstelligen Code ein, den sie für dieses Postfach zeigt.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="159" />
        <source>Code from your app, or a recovery code</source>
        <translation>Code aus Ihrer App oder ein Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="189" />
        <source>E-mail address or pseudonym</source>
        <translation>E-Mail-Adresse oder Pseudonym</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="191" />
        <source>Registered with a pseudonym? Set a new password with a recovery code.</source>
        <translation>Mit einem Pseudonym registriert? Legen Sie mit einem Wiederherstellungscode ein neues Passwort fest.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="194" />
        <source>Registered with a pseudonym? Enter it with one of your recovery codes and choose a new password. Afterwards every device is signed out.</source>
        <translation>Mit einem Pseudonym registriert? Geben Sie es mit einem Ihrer Wiederherstellungscodes ein und wählen Sie ein neues Passwort. Danach sind alle Geräte abgemeldet.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="195" />
        <source>Your pseudonym</source>
        <translation>Ihr Pseudonym</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="196" />
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="198" />
        <source>Your account is ready and you are signed in. If you forget your password, one of these codes lets you set a new one; each works once. Keep them somewhere safe: they are shown only now, and we cannot help you in any other way.</source>
        <translation>Ihr Konto ist angelegt, und Sie sind angemeldet. Wenn Sie Ihr Passwort vergessen, können Sie mit einem dieser Codes ein neues festlegen; jeder gilt einmal. Bewahren Sie sie sicher auf: Sie werden nur jetzt angezeigt, und anders können wir Ihnen nicht helfen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="200" />
        <source>Register with a pseudonym instead, without an e-mail address</source>
        <translation>Stattdessen mit einem Pseudonym registrieren, ohne E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="203" />
        <source>You can seek advice here without giving your name or an e-mail address. Choose a pseudonym to sign in with; nobody else sees it but your advisors.</source>
        <translation>Sie können sich hier beraten lassen, ohne Ihren Namen oder eine E-Mail-Adresse anzugeben. Wählen Sie ein Pseudonym für die Anmeldung; außer Ihren Beraterinnen und Beratern sieht es niemand.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="204" />
        <source>Without an e-mail address we cannot tell you when an answer waits, and cannot send you a link if you forget your password: you get ten recovery codes instead. Keep them safe.</source>
        <translation>Ohne E-Mail-Adresse können wir Ihnen nicht Bescheid geben, wenn eine Antwort wartet, und keinen Link schicken, wenn Sie Ihr Passwort vergessen: Sie bekommen stattdessen zehn Wiederherstellungscodes. Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="205" />
        <source>Pseudonym (3 to 40 letters, digits, dots, dashes or underscores)</source>
        <translation>Pseudonym (3 bis 40 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche)</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="206" />
        <source>Register with an e-mail address instead</source>
        <translation>Stattdessen mit E-Mail-Adresse registrieren</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Code</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="160" />
        <source>No access to the app? Enter one of your recovery codes instead; each works once.</source>
        <translation>Kein Zugriff auf die App? Geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein; jeder gilt einmal.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="162" />
        <location filename="../server/web/TwoFactorPages.cpp" line="14" />
        <source>Two-factor sign-in</source>
        <translation>Anmeldung in zwei Schritten</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="163" />
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation>Ein: Bei der Anmeldung wird ein Code aus Ihrer Authenticator-App abgefragt.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="164" />
        <source>Off: signing in asks only for your password.</source>
        <translation>Aus: Bei der Anmeldung wird nur Ihr Passwort abgefragt.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="165" />
        <source>Manage two-factor sign-in</source>
        <translation>Anmeldung in zwei Schritten verwalten</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="167" />
        <source>Two-factor sign-in is off. Signing in needs only your password again.</source>
        <translation>Die Anmeldung in zwei Schritten ist aus. Zur Anmeldung genügt wieder Ihr Passwort.</translation>
    </message>
    <message>
        <location filename="../server/web/PseudonymPages.cpp" line="19" />
        <location filename="../server/web/TemplateTexts.cpp" line="202" />
        <source>Register with a pseudonym</source>
        <translation>Mit einem Pseudonym registrieren</translation>
    </message>
    <message>
        <location filename="../server/web/PseudonymPages.cpp" line="20" />
        <location filename="../server/web/TemplateTexts.cpp" line="193" />
        <source>New password with a recovery code</source>
        <translation>Neues Passwort mit einem Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../server/web/PseudonymPages.cpp" line="84" />
        <location filename="../server/web/TemplateTexts.cpp" line="168" />
        <source>Your recovery codes</source>
        <translation>Ihre Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="169" />
        <source>Two-factor sign-in is on. Keep these codes somewhere safe, away from your phone: each lets you sign in once without the app. They are shown only now.</source>
        <translation>Die Anmeldung in zwei Schritten ist eingeschaltet. Bewahren Sie diese Codes sicher und getrennt von Ihrem Telefon auf: Mit jedem können Sie sich einmal ohne die App anmelden. Sie werden nur jetzt angezeigt.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="170" />
        <source>I have kept the codes</source>
        <translation>Ich habe die Codes aufbewahrt</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="171" />
        <source>Before you use the mailbox, please set up two-factor sign-in: it is required here.</source>
        <translation>Bevor Sie das Postfach nutzen, richten Sie bitte die Anmeldung in zwei Schritten ein: Sie ist hier vorgeschrieben.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="172" />
        <source>With two-factor sign-in, signing in needs your password and a code from an authenticator app on your phone, so a stolen password alone opens nothing.</source>
        <translation>Bei der Anmeldung in zwei Schritten brauchen Sie Ihr Passwort und einen Code aus einer Authenticator-App auf Ihrem Telefon. So öffnet ein gestohlenes Passwort allein nichts.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="173" />
        <source>Two-factor sign-in is on.</source>
        <translation>Die Anmeldung in zwei Schritten ist eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="174" />
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="175" />
        <source>New codes replace all your old ones.</source>
        <translation>Neue Codes ersetzen alle bisherigen.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="176" />
        <source>Code from your app</source>
        <translation>Code aus Ihrer App</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="177" />
        <source>Make new recovery codes</source>
        <translation>Neue Wiederherstellungscodes erzeugen</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="178" />
        <source>Turn off two-factor sign-in</source>
        <translation>Anmeldung in zwei Schritten ausschalten</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="179" />
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="180" />
        <source>Set up your app</source>
        <translation>App einrichten</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="181" />
        <source>Open an authenticator app on your phone (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator) and add an account.</source>
        <translation>Öffnen Sie eine Authenticator-App auf Ihrem Telefon (zum Beispiel FreeOTP, Aegis, Google Authenticator oder Microsoft Authenticator) und fügen Sie ein Konto hinzu.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="182" />
        <source>Scan this QR code, or type in the key below it.</source>
        <translation>Scannen Sie diesen QR-Code, oder tippen Sie den Schlüssel darunter ein.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="183" />
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="184" />
        <source>Enter the six-digit code the app shows now.</source>
        <translation>Geben Sie den sechsstelligen Code ein, den die App jetzt zeigt.</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="185" />
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="186" />
        <source>Set up two-factor sign-in</source>
        <translation>Anmeldung in zwei Schritten einrichten</translation>
    </message>
    <message>
        <location filename="../server/web/TemplateTexts.cpp" line="187" />
        <source>Back to sign-in and notices</source>
        <translation>Zurück zu Anmeldung und Hinweisen</translation>
    </message>
    <message>
        <location filename="../server/web/AccountRecoveryPages.cpp" line="18" />
        <location filename="../server/web/TemplateTexts.cpp" line="150" />
        <source>Confirm your e-mail address</source>
        <translation>E-Mail-Adresse bestätigen</translation>
    </message>
    <message>
        <location filename="../server/web/AccountRecoveryPages.cpp" line="19" />
        <location filename="../server/web/TemplateTexts.cpp" line="115" />
        <source>Forgot your password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <location filename="../server/web/AccountRecoveryPages.cpp" line="20" />
        <location filename="../server/web/TemplateTexts.cpp" line="122" />
        <source>Set a new password</source>
        <translation>Neues Passwort festlegen</translation>
    </message>
    <message>
        <location filename="../server/web/AccountSettingsPages.cpp" line="17" />
        <location filename="../server/web/TemplateTexts.cpp" line="109" />
        <source>Sign-in and notices</source>
        <translation>Anmeldung und Hinweise</translation>
    </message>
    <message>
        <location filename="../server/web/AccountSettingsPages.cpp" line="73" />
        <source>Unknown browser</source>
        <translation>Unbekannter Browser</translation>
    </message>
    <message numerus="yes">
        <location filename="../server/web/TwoFactorPages.cpp" line="56" />
        <source>%n unused recovery code(s) left.</source>
        <translation><numerusform>Noch %n unbenutzter Wiederherstellungscode.</numerusform><numerusform>Noch %n unbenutzte Wiederherstellungscodes.</numerusform></translation>
    </message>
    <message>
        <location filename="../server/web/TwoFactorPages.cpp" line="74" />
        <source>QR code to scan with your authenticator app</source>
        <translation>QR-Code zum Scannen mit Ihrer Authenticator-App</translation>
    </message>
    <message>
        <location filename="../server/web/TwoFactorPages.cpp" line="138" />
        <source>Two-factor sign-in is required here and cannot be turned off.</source>
        <translation>Die Anmeldung in zwei Schritten ist hier vorgeschrieben und lässt sich nicht ausschalten.</translation>
    </message>
</context>
</TS>