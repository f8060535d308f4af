package fr.portailfamille.onboarding;

import java.io.IOException;
import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

import fr.portailfamille.account.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agents: upload a CSV file of families, see every line with its errors, confirm; then invite the imported
 * guardians. Between the preview and the confirmation the file waits in the agent's session, not in the database.
 */
@Controller
class FamilyImportController {

    static final String PENDING = "onboarding.pendingImport";

    /** The file the agent previewed, kept in the session until confirmed. */
    record PendingImport(String fileName, String text, String sha256) implements Serializable {
    }

    private final FamilyImports imports;

    FamilyImportController(FamilyImports imports) {
        this.imports = imports;
    }

    @GetMapping("/gestion/familles/import")
    String page(Model model) {
        model.addAttribute("history", imports.history());
        model.addAttribute("importedHouseholds", imports.importedHouseholds());
        return "onboarding/import";
    }

    @PostMapping("/gestion/familles/import")
    String upload(@RequestParam(name = "fichier", required = false) MultipartFile file, HttpSession session,
                  Model model) throws IOException {
        session.removeAttribute(PENDING);
        String name = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "familles.csv" : clean(file.getOriginalFilename());
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", new FamilyFile.Problem("import.file.empty"));
            return page(model);
        }
        if (file.getSize() > FamilyFile.MAX_BYTES) {
            model.addAttribute("fileError", new FamilyFile.Problem("import.file.too-big",
                    FamilyFile.MAX_BYTES / (1024 * 1024)));
            return page(model);
        }
        var preview = imports.preview(name, file.getBytes());
        if (preview.problem() != null) {
            model.addAttribute("fileError", preview.problem());
            return page(model);
        }
        if (preview.importable()) {
            session.setAttribute(PENDING, new PendingImport(name, preview.text(), preview.sha256()));
        }
        model.addAttribute("preview", preview);
        return "onboarding/import-apercu";
    }

    @PostMapping("/gestion/familles/import/confirmation")
    String confirm(@AuthenticationPrincipal PortalUser agent,
                   @RequestParam(name = "empreinte", required = false) String sha256, HttpSession session,
                   Model model, RedirectAttributes redirect) {
        var pending = (PendingImport) session.getAttribute(PENDING);
        if (pending == null || !pending.sha256().equals(sha256)) {
            redirect.addFlashAttribute("importError", "import.confirm.stale");
            return "redirect:/gestion/familles/import";
        }
        session.removeAttribute(PENDING);
        var result = imports.confirm(pending.fileName(), pending.text(), agent.displayName());
        if (!result.importable()) {
            model.addAttribute("preview", result);
            return "onboarding/import-apercu";
        }
        redirect.addFlashAttribute("imported", result.count(ImportLine.Status.NEW));
        redirect.addFlashAttribute("importedChildren", result.children(ImportLine.Status.NEW));
        return "redirect:/gestion/familles/import";
    }

    @PostMapping("/gestion/familles/import/invitations")
    String inviteAll(RedirectAttributes redirect) {
        redirect.addFlashAttribute("invitations", imports.inviteAll());
        return "redirect:/gestion/familles/import";
    }

    private static String clean(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
        return base.length() > 120 ? base.substring(0, 120) : base;
    }
}
