// Reads a report through the installed library and prints what it found.
#include <outturn/output.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: consumer PATTERNS_DIR FILE.pdf\n";
        return 2;
    }
    outturn::Rules rules = outturn::load_rules(argv[1]);
    outturn::Result result = outturn::process(outturn::pdf::read_file(argv[2]), rules);
    std::cout << result.assembly.indicators.size() << " indicators, schema " << outturn::output::to_json(result)["schema"] << "\n";
    return result.assembly.indicators.empty() ? 1 : 0;
}
