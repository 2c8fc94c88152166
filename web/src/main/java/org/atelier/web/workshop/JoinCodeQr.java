package org.atelier.web.workshop;

import java.util.Map;

import org.atelier.command.workshop.JoinCodes;
import org.atelier.web.problem.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The QR code a facilitator projects: it opens the join page with the workshop's code filled in. */
@RestController
class JoinCodeQr {

    private final JoinCodes joinCodes;

    JoinCodeQr(JoinCodes joinCodes) {
        this.joinCodes = joinCodes;
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
            throw new IllegalStateException("Cannot encode the join link as a QR code", e);
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
