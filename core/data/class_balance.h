#pragma once

#include "core/data/dataset.h"

#include <vector>

namespace convscope::core {

// A class with far fewer training pictures than the others is learned worse, and the network may
// learn never to answer it at all; a class that photographed its cats forty times and its dogs
// five times should hear so before it trains.
struct SmallClass {
    int label = 0;
    int count = 0;        // its training pictures
    int typicalCount = 0; // the median of the classes' counts
};

// The classes of `set` with fewer than a third of the median class's pictures (the median of the
// classCount counts, the upper middle one for an even count, so of two classes the smaller is
// compared with the larger), in label order.
std::vector<SmallClass> smallClasses(const ImageSet& set, int classCount);

} // namespace convscope::core
