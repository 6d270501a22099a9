// SPDX-License-Identifier: MIT
// The control for visual_tests' leak suppressions (lsan.supp): a layout as visual/render.cpp
// makes one (one Graphviz context for the process, labels measured by pango), then, only when
// told `free`, gvFreeLayout. With it, LeakSanitizer must report nothing; without it, it must
// report the layout's leaks: the suppressions hide Graphviz's own caches, not a forgotten free.
#include <graphviz/gvc.h>

#include <cstring>
#include <initializer_list>

int main(int argc, char** argv) {
    static GVC_t* const context = gvContext();  // like ricochet's: never freed, always reachable
    Agraph_t* g = agopen(const_cast<char*>("g"), Agdirected, nullptr);
    Agnode_t* a = agnode(g, const_cast<char*>("a"), 1);
    Agnode_t* b = agnode(g, const_cast<char*>("b"), 1);
    // An HTML-like table label, set as render.cpp sets one.
    char* html = agstrdup_html(g, const_cast<char*>("<TABLE><TR><TD><B>a</B></TD><TD>1</TD></TR></TABLE>"));
    agsafeset(a, const_cast<char*>("label"), html, const_cast<char*>(""));
    agstrfree(g, html);
    agedge(g, a, b, nullptr, 1);
    agedge(g, b, a, nullptr, 1);
    for (const char* engine : {"dot", "neato", "sfdp"}) {
        if (gvLayout(context, g, engine) != 0) return 2;
        if (argc > 1 && std::strcmp(argv[1], "free") == 0) gvFreeLayout(context, g);
    }
    agclose(g);
    return 0;
}
