// SPDX-License-Identifier: MIT
// The only place where exceptions become exit codes: 0 success, 1 bad data or runtime failure,
// 2 usage error.
#include <iostream>
#include <new>

#include "cli/command.hpp"

int main(int argc, char* argv[]) {
    try {
        return ricochet::cli::dispatch(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const ricochet::cli::UsageError& e) {
        std::cerr << "ricochet: " << e.what() << "\nTry 'ricochet --help'.\n";
        return 2;
    } catch (const ricochet::Error& e) {
        std::cerr << "ricochet: " << e.what() << '\n';
        return 1;
    } catch (const std::bad_alloc&) {
        std::cerr << "ricochet: out of memory\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "ricochet: internal error: " << e.what() << '\n';
        return 1;
    }
}
