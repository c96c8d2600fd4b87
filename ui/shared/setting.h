#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace convscope::ui {

// Whether Setting reads and writes the user's settings. Off for --screenshot and in tests, so
// a documentation picture never depends on what the last user did and tests never change it.
bool settingsStorageEnabled();
void setSettingsStorageEnabled(bool enabled);

// One typed entry of the user's settings, declared next to the code that uses it:
//
//   Setting<int> stride{"stepper/stride", 1};
//   stride.set(2);  int s = stride.get();
//
// When storage is disabled, get() returns the default and set() does nothing.
template <typename T>
class Setting {
public:
    Setting(const char* key, T defaultValue)
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {
    }

    T get() const
    {
        if (!settingsStorageEnabled())
            return m_default;
        const QVariant stored = QSettings().value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        return stored.value<T>();
    }

    void set(const T& value) const
    {
        if (settingsStorageEnabled())
            QSettings().setValue(m_key, QVariant::fromValue(value));
    }

    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace convscope::ui
