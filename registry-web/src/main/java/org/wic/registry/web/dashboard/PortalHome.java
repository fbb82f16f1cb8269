package org.wic.registry.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberService;
import org.wic.registry.web.security.SignedInCaller;

/** Where a representative lands after signing in: the member it represents, read with the representative's own rights. */
@Named
@RequestScoped
public class PortalHome {

    @Inject
    private MemberService members;

    @Inject
    private SignedInCaller signedIn;

    private Member member;

    public Member getMember() {
        if (member == null) {
            member = members.getPrivate(signedIn.current(), signedIn.current().memberNumber().orElseThrow());
        }
        return member;
    }
}
