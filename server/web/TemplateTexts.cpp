#include <QtGlobal>

// The texts of the page templates ({{#tr}}…{{/tr}}), listed here so lupdate extracts them into
// translations/confidant_web_de.ts. tst_webtranslations fails when a template text is missing here or untranslated.
namespace confidant::server {

extern const char *const templateTexts[];
const char *const templateTexts[] = {
    QT_TRANSLATE_NOOP("Web", "Privacy and usage agreement"),
    QT_TRANSLATE_NOOP("Web", "Version"),
    QT_TRANSLATE_NOOP("Web", "Before your first inquiry, please read how we handle your messages."),
    QT_TRANSLATE_NOOP("Web", "We store your e-mail address, your inquiries and our answers in our own database, protected by encryption in transit."),
    QT_TRANSLATE_NOOP("Web", "Only the advisors responsible for your topic can read your inquiries. Messages cannot be forwarded or copied out of the mailbox."),
    QT_TRANSLATE_NOOP("Web", "Nothing is sent to you by e-mail. You read our answers here after signing in."),
    QT_TRANSLATE_NOOP("Web", "Inquiries are deleted for good when their retention period ends, and you can ask us to delete them earlier."),
    QT_TRANSLATE_NOOP("Web", "We record which version of this agreement you accepted and when."),
    QT_TRANSLATE_NOOP("Web", "I have read the agreement and accept it."),
    QT_TRANSLATE_NOOP("Web", "Accept and continue"),
    QT_TRANSLATE_NOOP("Web", "Something went wrong"),
    QT_TRANSLATE_NOOP("Web", "Back to the start page"),
    QT_TRANSLATE_NOOP("Web", "Mailbox"),
    QT_TRANSLATE_NOOP("Web", "New inquiry"),
    QT_TRANSLATE_NOOP("Web", "Sign out"),
    QT_TRANSLATE_NOOP("Web", "Your messages stay on our server. Nothing is sent by e-mail."),
    QT_TRANSLATE_NOOP("Web", "Sign in"),
    QT_TRANSLATE_NOOP("Web", "E-mail address"),
    QT_TRANSLATE_NOOP("Web", "Password"),
    QT_TRANSLATE_NOOP("Web", "New here?"),
    QT_TRANSLATE_NOOP("Web", "Create an account"),
    QT_TRANSLATE_NOOP("Web", "Your mailbox"),
    QT_TRANSLATE_NOOP("Web", "Write a new inquiry"),
    QT_TRANSLATE_NOOP("Web", "Last activity"),
    QT_TRANSLATE_NOOP("Web", "You have not written an inquiry yet."),
    QT_TRANSLATE_NOOP("Web", "Topic"),
    QT_TRANSLATE_NOOP("Web", "Please choose"),
    QT_TRANSLATE_NOOP("Web", "Subject"),
    QT_TRANSLATE_NOOP("Web", "Your message"),
    QT_TRANSLATE_NOOP("Web", "Send inquiry"),
    QT_TRANSLATE_NOOP("Web", "Create your account"),
    QT_TRANSLATE_NOOP("Web", "With an account you can write to our advisors securely and read their answers here."),
    QT_TRANSLATE_NOOP("Web", "Password (at least 10 characters)"),
    QT_TRANSLATE_NOOP("Web", "Repeat the password"),
    QT_TRANSLATE_NOOP("Web", "Register"),
    QT_TRANSLATE_NOOP("Web", "Already registered?"),
    QT_TRANSLATE_NOOP("Web", "Your answer"),
    QT_TRANSLATE_NOOP("Web", "Send answer"),
    QT_TRANSLATE_NOOP("Web", "Back to the mailbox"),
    nullptr,
};

} // namespace confidant::server
