package fr.portailfamille.retention;

import fr.portailfamille.account.PortalUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Mon compte → « Télécharger mes données »: the logged-in family's data as a ZIP, written as it is read. */
@Controller
class DataExportController {

    private final DataExport export;

    DataExportController(DataExport export) {
        this.export = export;
    }

    @GetMapping("/compte/mes-donnees")
    ResponseEntity<StreamingResponseBody> download(@AuthenticationPrincipal PortalUser user) {
        long householdId = user.householdId();
        var name = "mes-donnees-portail-famille-" + export.today() + ".zip";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> export.write(householdId, out));
    }
}
