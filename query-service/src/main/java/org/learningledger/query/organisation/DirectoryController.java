package org.learningledger.query.organisation;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation directory: not private, so every signed-in reader gets all of it. */
@RestController
@RequestMapping("/api")
class DirectoryController {

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/regions")
    List<Region> regions() {
        return directory.regions();
    }

    @GetMapping("/teams")
    List<Team> teams() {
        return directory.teams();
    }
}
