#include "ui/shared/setting.h"

#include <atomic>

namespace convscope::ui {

namespace {
std::atomic<bool> storageEnabled{true};
}

bool settingsStorageEnabled()
{
    return storageEnabled.load();
}

void setSettingsStorageEnabled(bool enabled)
{
    storageEnabled.store(enabled);
}

} // namespace convscope::ui
