package org.atelier.web.workshop;

import java.util.Map;

import org.atelier.command.workshop.JoinCodes;
import org.atelier.command.workshop.RejoinCodes;
import org.atelier.command.workshop.RemovedParticipants;
import org.atelier.web.problem.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR codes of the join page: the one a facilitator projects, which opens it with the workshop's
 * code filled in, and the one a participant photographs, which brings them back as themselves.
 */
@RestController
class JoinCodeQr {

    private final JoinCodes joinCodes;
    private final RejoinCodes rejoinCodes;
    private final RemovedParticipants removedParticipants;

    JoinCodeQr(JoinCodes joinCodes, RejoinCodes rejoinCodes, RemovedParticipants removedParticipants) {
        this.joinCodes = joinCodes;
        this.rejoinCodes = rejoinCodes;
        this.removedParticipants = removedParticipants;
    }

    record RejoinLink(String rejoinCode) {
    }

    /**
     * The personal link as a QR code. The code travels in the body (never in an address a log keeps)
     * and in the link's fragment (never sent by the browser that opens it); only a code that opens a
     * place gets a picture, so this is no way to test codes faster than {@code POST /api/rejoin}.
     */
    @PostMapping(value = "/api/rejoin/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> rejoinQr(@RequestBody RejoinLink request) {
        String code = request.rejoinCode() == null ? "" : request.rejoinCode().strip();
        if (!code.matches("[A-Za-z0-9_-]{10,64}") || rejoinCodes.holderOf(code)
                .filter(holder -> !removedParticipants.isRemoved(holder.participantId())).isEmpty()) {
            throw ApiException.notFound("This personal code is unknown or was replaced.");
        }
        String link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/join.html")
                .fragment("rejoin=" + code).toUriString();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(svg(encode(link)));
    }

    @GetMapping(value = "/join/{joinCode}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable String joinCode) {
        if (!joinCode.matches("[A-Z0-9]{4,16}") || joinCodes.workshopFor(joinCode).isEmpty()) {
            throw ApiException.notFound("No workshop has the join code " + joinCode + ".");
        }
        String link = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/join.html").queryParam("code", joinCode).toUriString();
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(svg(encode(link)));
    }

    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode the link as a QR code", e);
        }
    }

    private static String svg(BitMatrix matrix) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
