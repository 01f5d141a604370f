package org.learningledger.query.organisation;

import java.util.List;
import org.learningledger.query.paging.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    ResponseEntity<List<Region>> regions(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return Page.of(directory.regions(), Region::regionId, limit, cursor);
    }

    @GetMapping("/teams")
    ResponseEntity<List<Team>> teams(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return Page.of(directory.teams(), Team::teamId, limit, cursor);
    }
}
