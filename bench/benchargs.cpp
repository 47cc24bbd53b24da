#include "benchargs.h"

#include <cstdio>
#include <stdexcept>

namespace curvelab::bench {

BenchArgs::BenchArgs(int argc, char **argv, std::map<std::string, long> defaults,
                     std::size_t positionalCount)
    : m_values(std::move(defaults))
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            m_help = true;
            return;
        }
        if (arg.rfind("--", 0) != 0) {
            m_positional.push_back(arg);
            continue;
        }
        const std::string name = arg.substr(2);
        const auto it = m_values.find(name);
        if (it == m_values.end()) {
            throw std::invalid_argument("unknown option " + arg);
        }
        if (i + 1 >= argc) {
            throw std::invalid_argument(arg + " needs a value");
        }
        const std::string text = argv[++i];
        std::size_t used = 0;
        try {
            it->second = std::stol(text, &used);
        } catch (const std::exception &) {
            used = 0;
        }
        if (used == 0 || used != text.size()) {
            throw std::invalid_argument(arg + " needs a whole number, not \"" + text + "\"");
        }
    }
    if (m_positional.size() != positionalCount) {
        throw std::invalid_argument("expected " + std::to_string(positionalCount) +
                                    " positional argument(s), got " +
                                    std::to_string(m_positional.size()));
    }
}

long BenchArgs::value(const std::string &name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end()) {
        throw std::logic_error("option --" + name + " was never declared");
    }
    return it->second;
}

int runGuarded(const char *name, const char *usage, int (*run)(int, char **), int argc, char **argv)
{
    try {
        return run(argc, argv);
    } catch (const std::invalid_argument &e) {
        std::fprintf(stderr, "%s: %s\n%s", name, e.what(), usage);
        return 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s: %s\n", name, e.what());
        return 1;
    }
}

} // namespace curvelab::bench
