#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace confidant {

// How long things are kept, as the administrator set it (confidant-admin set-retention, set-account-retention,
// set-auto-delete). A missing period means "kept until someone deletes it".
struct RetentionPolicy {
    struct TopicPeriod {
        qint64 topicId = 0;
        QString topicKey;
        QString title;                    // in the language asked for, where the topic has one
        std::optional<int> daysAfterClose;
        friend bool operator==(const TopicPeriod &, const TopicPeriod &) = default;
    };
    QList<TopicPeriod> topics;
    std::optional<int> inactiveAccountDays;
    std::optional<int> autoDeleteGraceDays;

    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

} // namespace confidant
